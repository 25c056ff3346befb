package vn.hanoi.gbv.referral.config;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Keys that protect the notes on referrals at rest (AES-256, base64). Referral's own keys, not intake's or
 * follow-up's: a leak of one service's keys must not open another's data.
 *
 * @param activeKeyId which of {@code keys} encrypts new notes; older keys stay listed to read older notes
 * @param keys        AES-256 keys by id, from the environment ({@code GBV_REFERRAL_NOTES_*}) or a secret store
 */
@ConfigurationProperties("gbv.referral.notes")
public record NotesProperties(String activeKeyId, Map<String, String> keys) {

    @Override
    public String toString() {
        return "NotesProperties[activeKeyId=" + activeKeyId + ", keys=<" + (keys == null ? 0 : keys.size()) + ">]";
    }
}

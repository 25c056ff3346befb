package vn.hanoi.gbv.followup.config;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Keys that protect follow-up notes and closure explanations at rest (AES-256, base64). Follow-up's own keys,
 * not intake's: a leak of one service's keys must not open the other's data.
 *
 * @param activeKeyId which of {@code keys} encrypts new values; older keys stay listed to read older values
 * @param keys        AES-256 keys by id, from the environment ({@code GBV_FOLLOWUP_NOTES_*}) or a secret store
 */
@ConfigurationProperties("gbv.followup.notes")
public record NotesProperties(String activeKeyId, Map<String, String> keys) {

    @Override
    public String toString() {
        return "NotesProperties[activeKeyId=" + activeKeyId + ", keys=<" + (keys == null ? 0 : keys.size()) + ">]";
    }
}

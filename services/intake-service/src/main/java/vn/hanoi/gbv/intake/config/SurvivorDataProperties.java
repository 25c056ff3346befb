package vn.hanoi.gbv.intake.config;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Keys that protect survivor data at rest, all base64 and 256 bits.
 *
 * @param activeKeyId which of {@code keys} encrypts new values; older keys stay listed so values written with
 *                    them can still be read after a rotation
 * @param keys        AES-256 keys by id
 * @param indexKey    the HMAC key of the blind indexes (phone; name and birth year) that find duplicates without
 *                    decrypting; changing it means recomputing the indexes
 *
 * <p>Keys come from the environment or a secret store, never from a committed file; the local stack's dev keys
 * are the one exception, and they protect only demo data.
 */
@ConfigurationProperties("gbv.intake.survivor-data")
public record SurvivorDataProperties(String activeKeyId, Map<String, String> keys, String indexKey) {

    @Override
    public String toString() {
        return "SurvivorDataProperties[activeKeyId=" + activeKeyId + ", keys=<" + (keys == null ? 0 : keys.size())
                + ">, indexKey=<" + (indexKey == null ? "unset" : "set") + ">]";
    }
}

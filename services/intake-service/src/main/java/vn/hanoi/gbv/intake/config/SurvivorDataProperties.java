package vn.hanoi.gbv.intake.config;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Keys that encrypt survivor data at rest (AES-256, base64), by key id. New values are written with the
 * active key; older keys stay listed so values written with them can still be read after a rotation.
 * Keys come from the environment or a secret store, never from a committed file (the local stack's dev key
 * is the one exception, and it protects only demo data).
 */
@ConfigurationProperties("gbv.intake.survivor-data")
public record SurvivorDataProperties(String activeKeyId, Map<String, String> keys) {

    @Override
    public String toString() {
        return "SurvivorDataProperties[activeKeyId=" + activeKeyId + ", keys=<" + (keys == null ? 0 : keys.size()) + ">]";
    }
}

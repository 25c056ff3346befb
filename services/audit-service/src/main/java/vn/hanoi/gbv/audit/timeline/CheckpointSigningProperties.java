package vn.hanoi.gbv.audit.timeline;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The audit service's Ed25519 key pair for checkpoints, both halves base64 of their standard encodings
 * (PKCS#8 private, X.509 public), from the environment ({@code GBV_AUDIT_CHECKPOINTSIGNING_PRIVATEKEY} ...) or a
 * secret store. Without them the service does not start: unsigned checkpoints would anchor nothing. The
 * private key is never logged: {@link #toString()} leaves it out.
 *
 * @param keyId names the key in every checkpoint, so a rotated key's checkpoints can still be checked
 */
@ConfigurationProperties("gbv.audit.checkpoint-signing")
public record CheckpointSigningProperties(String keyId, String privateKey, String publicKey) {

    @Override
    public String toString() {
        return "CheckpointSigningProperties[keyId=" + keyId + ", publicKey=" + publicKey + "]";
    }
}

package vn.hanoi.gbv.audit.timeline;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;
import vn.hanoi.gbv.audit.timeline.domain.CheckpointSigner;
import vn.hanoi.gbv.events.Topics;
import vn.hanoi.gbv.platform.messaging.MessagingProperties;

/** The checkpoint key and topic. */
@Configuration(proxyBeanMethods = false)
class TimelineConfiguration {

    @Bean
    CheckpointSigner checkpointSigner(CheckpointSigningProperties properties) {
        if (blank(properties.keyId()) || blank(properties.privateKey()) || blank(properties.publicKey())) {
            throw new IllegalStateException("Set gbv.audit.checkpoint-signing.key-id, .private-key and .public-key "
                    + "(GBV_AUDIT_CHECKPOINTSIGNING_*): checkpoints must be signed");
        }
        try {
            KeyFactory keys = KeyFactory.getInstance(CheckpointSigner.ALGORITHM);
            PrivateKey privateKey = keys.generatePrivate(
                    new PKCS8EncodedKeySpec(Base64.getDecoder().decode(properties.privateKey().strip())));
            PublicKey publicKey = keys.generatePublic(
                    new X509EncodedKeySpec(Base64.getDecoder().decode(properties.publicKey().strip())));
            return new CheckpointSigner(properties.keyId(), privateKey, publicKey);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            // Only the exception's class: its message could quote the key material.
            throw new IllegalStateException("The checkpoint signing key is not a base64 Ed25519 key pair ("
                    + e.getClass().getSimpleName() + ")");
        }
    }

    /**
     * Kept forever ({@code retention.ms=-1}), unlike the event topics: these records are the chain's anchor
     * outside MongoDB, and an anchor that expires anchors nothing. Declared here, not through
     * {@code gbv.messaging.publishes}, because the platform declares its topics without settings.
     */
    @Bean
    NewTopic checkpointTopic(MessagingProperties messaging) {
        return TopicBuilder.name(Topics.AUDIT_CHECKPOINTS)
                .partitions(messaging.partitions())
                .replicas(messaging.replicationFactor())
                .config(TopicConfig.RETENTION_MS_CONFIG, "-1")
                .build();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}

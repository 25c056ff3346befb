package vn.hanoi.gbv.platform.messaging;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How a service takes part in the event flow.
 *
 * @param publishes         the topic this service writes (one per producing service), or empty
 * @param consumes          the topics it reads
 * @param outboxCollections the MongoDB collections whose documents carry an {@code outbox}
 * @param partitions        partitions of every declared topic (the dead-letter topic gets the same)
 * @param replicationFactor replicas of every declared topic: 1 on one broker, 3 in production
 * @param relayInterval     how often the relay looks for unpublished events when nothing woke it
 * @param sendTimeout       how long the relay waits for the broker's acknowledgement
 * @param retryInterval     the first wait before a failed record is handled again; each further wait doubles
 * @param retryMaxInterval  the longest wait between two attempts, however long the failure lasts
 * @param unknownFailureRetryFor how long a record that fails for an unknown reason (likely a defect) is retried
 *                          before it is parked; a transient failure (store or broker unreachable, contention) is
 *                          retried for as long as it lasts, and an unreadable record is parked at once
 */
@ConfigurationProperties("gbv.messaging")
public record MessagingProperties(
        @DefaultValue("") String publishes,
        @DefaultValue List<String> consumes,
        @DefaultValue List<String> outboxCollections,
        @DefaultValue("3") int partitions,
        @DefaultValue("1") short replicationFactor,
        @DefaultValue("500ms") Duration relayInterval,
        @DefaultValue("10s") Duration sendTimeout,
        @DefaultValue("500ms") Duration retryInterval,
        @DefaultValue("15s") Duration retryMaxInterval,
        @DefaultValue("5m") Duration unknownFailureRetryFor) {
}

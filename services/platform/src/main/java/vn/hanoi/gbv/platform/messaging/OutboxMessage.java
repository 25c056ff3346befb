package vn.hanoi.gbv.platform.messaging;

import java.time.Instant;

/**
 * An event waiting to be published, stored inside its aggregate's own document (field {@code outbox}) so that
 * the state change and the event are one single-document write. The relay removes it once Kafka has it.
 *
 * @param payload the serialized {@link vn.hanoi.gbv.events.EventEnvelope}, exactly as it goes on the topic
 */
public record OutboxMessage(
        String eventId, String topic, String key, String type, String traceId, Instant createdAt, String payload) {
}

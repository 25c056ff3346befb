package vn.hanoi.gbv.platform.messaging;

import java.lang.reflect.Type;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.support.converter.MessagingMessageConverter;
import vn.hanoi.gbv.events.CaseEvent;
import vn.hanoi.gbv.events.EventCatalog;
import vn.hanoi.gbv.events.EventEnvelope;
import vn.hanoi.gbv.events.Topics;

/**
 * Lets {@code @KafkaListener} methods take an {@code EventEnvelope<CaseEvent>} directly, and refuses a record that
 * did not come from the topic's owner: its envelope must name the service that owns the topic as producer, and a
 * known event type must be one that belongs on that topic. A refused record is an {@link UnreadableEvent}, parked
 * on the dead-letter topic at once and never applied. This is a consistency check, not authentication: the
 * envelope's producer is written by whoever writes the record, so only the broker's ACLs (each service's principal
 * may write its own topic only) keep a stranger from naming intake-service (see docs/security.md).
 */
public class EnvelopeMessageConverter extends MessagingMessageConverter {

    private final EventEnvelopes envelopes;

    public EnvelopeMessageConverter(EventEnvelopes envelopes) {
        this.envelopes = envelopes;
    }

    @Override
    protected Object extractAndConvertValue(ConsumerRecord<?, ?> record, Type type) {
        Object value = record.value();
        if (!(value instanceof String text)) {
            throw new UnreadableEvent("record value is not text");
        }
        EventEnvelope<CaseEvent> envelope = envelopes.read(text);
        checkOwner(record.topic(), envelope);
        return envelope;
    }

    /** A record on one of our topics must come from its owner; the names in the message are ours, not the record's. */
    static void checkOwner(String topic, EventEnvelope<CaseEvent> envelope) {
        Topics.ownerOf(topic).ifPresent(owner -> {
            if (!owner.equals(envelope.producer())) {
                throw new UnreadableEvent("event " + envelope.eventId() + " on " + topic + " is not from " + owner);
            }
            EventCatalog.byType(envelope.type()).ifPresent(entry -> {
                if (!entry.topic().equals(topic)) {
                    throw new UnreadableEvent("event " + envelope.eventId() + " of type " + entry.type()
                            + " does not belong on " + topic);
                }
            });
        });
    }
}

package vn.hanoi.gbv.platform.messaging;

import java.lang.reflect.Type;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.support.converter.MessagingMessageConverter;

/** Lets {@code @KafkaListener} methods take an {@code EventEnvelope<CaseEvent>} directly. */
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
        return envelopes.read(text);
    }
}

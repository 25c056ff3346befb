package vn.hanoi.gbv.platform.messaging;

import org.springframework.messaging.converter.MessageConversionException;

/**
 * A record that is not a readable event envelope. Being a {@link MessageConversionException}, Spring Kafka's
 * error handler does not retry it and the dead-letter recoverer parks it at once, so the partition moves on.
 */
public class UnreadableEvent extends MessageConversionException {

    public UnreadableEvent(String reason) {
        super(reason);
    }
}

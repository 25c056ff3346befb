package vn.hanoi.gbv.platform.messaging.parking;

import java.time.Clock;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.AcknowledgingConsumerAwareMessageListener;
import org.springframework.kafka.listener.BatchAcknowledgingConsumerAwareMessageListener;
import org.springframework.kafka.listener.MessageListenerContainer;
import vn.hanoi.gbv.platform.domain.NotFound;
import vn.hanoi.gbv.platform.messaging.parking.ParkedEvent.Replay;
import vn.hanoi.gbv.platform.messaging.parking.ParkedEvent.Status;

/**
 * Hands a parked record to the very listener that gave up on it, through the same converter and method as a
 * record from the broker. Listeners are idempotent by event id, so a replay of something already handled changes
 * nothing, and replaying twice is harmless; a record already replayed is not run again.
 */
public class ParkedEventReplay {

    private static final Logger log = LoggerFactory.getLogger(ParkedEventReplay.class);

    private final ParkedEvents parked;
    private final KafkaListenerEndpointRegistry listeners;
    private final Clock clock;

    public ParkedEventReplay(ParkedEvents parked, KafkaListenerEndpointRegistry listeners, Clock clock) {
        this.parked = parked;
        this.listeners = listeners;
        this.clock = clock;
    }

    /** Replays record {@code id} on behalf of administrator {@code by}; returns the record as it now stands. */
    public ParkedEvent replay(String id, String by) {
        ParkedEvent event = parked.find(id).orElseThrow(() -> new NotFound("parked event"));
        if (event.status() == Status.REPLAYED) {
            return event;
        }
        ConsumerRecord<String, String> record = parked.record(id).orElseThrow(() -> new NotFound("parked event"));
        String failure = null;
        try {
            handle(record);
        } catch (RuntimeException e) {
            failure = ParkedEvents.rootCause(e).getClass().getName();
        }
        parked.recordReplay(id, new Replay(by, clock.instant(), failure == null, failure));
        // Ids and outcome only: the record itself stays out of the log.
        log.info("Parked record {} (event {}) replayed by {}: {}", id, event.eventId(), by,
                failure == null ? "handled" : "failed again with " + failure);
        return parked.find(id).orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private void handle(ConsumerRecord<String, String> record) {
        for (MessageListenerContainer container : listeners.getListenerContainers()) {
            String[] topics = container.getContainerProperties().getTopics();
            if (topics == null || !List.of(topics).contains(record.topic())) {
                continue;
            }
            Object listener = container.getContainerProperties().getMessageListener();
            if (listener instanceof AcknowledgingConsumerAwareMessageListener<?, ?> single) {
                ((AcknowledgingConsumerAwareMessageListener<String, String>) single).onMessage(record, null, null);
                return;
            }
            if (listener instanceof BatchAcknowledgingConsumerAwareMessageListener<?, ?> batch) {
                ((BatchAcknowledgingConsumerAwareMessageListener<String, String>) batch).onMessage(List.of(record), null, null);
                return;
            }
            throw new IllegalStateException("The listener of " + record.topic() + " cannot be replayed to");
        }
        throw new IllegalStateException("No listener of this service reads " + record.topic());
    }
}

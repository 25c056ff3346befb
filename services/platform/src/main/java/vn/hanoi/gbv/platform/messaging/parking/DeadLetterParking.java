package vn.hanoi.gbv.platform.messaging.parking;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.listener.ConsumerRecordRecoverer;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;

/**
 * Parks a record its listener gave up on: first on {@code <topic>.dlt}, where Kafka's own tools see it, then in
 * {@link ParkedEvents}, where an administrator lists and replays it. Should either fail, the error handler keeps the
 * record and tries again, so nothing is dropped between the two.
 */
public class DeadLetterParking implements ConsumerRecordRecoverer {

    private static final Logger log = LoggerFactory.getLogger(DeadLetterParking.class);

    private final DeadLetterPublishingRecoverer deadLetterTopic;
    private final ParkedEvents parked;

    public DeadLetterParking(DeadLetterPublishingRecoverer deadLetterTopic, ParkedEvents parked) {
        this.deadLetterTopic = deadLetterTopic;
        this.parked = parked;
    }

    @Override
    public void accept(ConsumerRecord<?, ?> record, Exception failure) {
        deadLetterTopic.accept(record, failure);
        parked.park(record, failure);
        // Where and why, never the record's content.
        log.warn("Parked record {}:{}:{} after {}", record.topic(), record.partition(), record.offset(),
                ParkedEvents.rootCause(failure).getClass().getSimpleName());
    }
}

package vn.hanoi.gbv.platform.messaging;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * Publishes the events waiting in aggregate documents' outboxes: sends each, waits for the broker's
 * acknowledgement, and only then removes it from the document. A crash between the two publishes the event
 * again on the next pass, which consumers absorb because they are idempotent by event id (at-least-once).
 *
 * <p>One thread per service does the work, woken right after a save so a referral leaves within milliseconds,
 * and on a timer so nothing waits for ever if a wake-up is missed or Kafka was down.
 */
public class OutboxRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    private static final int BATCH = 100;

    private final MongoTemplate mongo;
    private final KafkaTemplate<String, String> kafka;
    private final MessagingProperties properties;
    private final AtomicBoolean wakeUpPending = new AtomicBoolean();
    private volatile ScheduledExecutorService worker;

    public OutboxRelay(MongoTemplate mongo, KafkaTemplate<String, String> kafka, MessagingProperties properties) {
        this.mongo = mongo;
        this.kafka = kafka;
        this.properties = properties;
    }

    /** Asks for a pass soon; cheap, and coalesced when many saves happen at once. */
    public void wakeUp() {
        ScheduledExecutorService current = worker;
        if (current != null && wakeUpPending.compareAndSet(false, true)) {
            current.execute(this::safePass);
        }
    }

    /** Publishes everything waiting now; returns how many events went out. Visible for tests and the timer. */
    public int relayPending() {
        wakeUpPending.set(false);
        int sent = 0;
        for (String collection : properties.outboxCollections()) {
            var waiting = Query.query(Criteria.where(AggregateStore.OUTBOX + ".0").exists(true)).limit(BATCH);
            for (Document document : mongo.find(waiting, Document.class, collection)) {
                sent += publish(collection, document);
            }
        }
        return sent;
    }

    private int publish(String collection, Document document) {
        List<Document> outbox = document.getList(AggregateStore.OUTBOX, Document.class);
        int sent = 0;
        for (Document message : outbox) {
            String eventId = message.getString("eventId");
            var record = new ProducerRecord<>(message.getString("topic"), message.getString("key"),
                    message.getString("payload"));
            if (message.getString("traceId") != null) {
                record.headers().add(TraceIds.KAFKA_HEADER, message.getString("traceId").getBytes(StandardCharsets.UTF_8));
            }
            if (!sendAndWait(record, eventId)) {
                return sent; // keep this document's order: later events wait for the earlier one
            }
            mongo.updateFirst(Query.query(Criteria.where("_id").is(document.get("_id"))),
                    new Update().pull(AggregateStore.OUTBOX, new Document("eventId", eventId)), collection);
            sent++;
        }
        return sent;
    }

    private boolean sendAndWait(ProducerRecord<String, String> record, String eventId) {
        try {
            kafka.send(record).get(properties.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (ExecutionException | TimeoutException e) {
            // Only ids and the topic: the payload stays out of logs.
            log.warn("Event {} not yet published to {}: {}; will retry", eventId, record.topic(),
                    e.getClass().getSimpleName());
            return false;
        }
    }

    private void safePass() {
        try {
            relayPending();
        } catch (RuntimeException e) {
            log.warn("Outbox pass failed ({}); will retry", e.getClass().getSimpleName());
        }
    }

    @Override
    public void start() {
        worker = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "outbox-relay");
            thread.setDaemon(true);
            return thread;
        });
        long interval = properties.relayInterval().toMillis();
        worker.scheduleWithFixedDelay(this::safePass, 0, interval, TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() {
        ScheduledExecutorService current = worker;
        worker = null;
        if (current != null) {
            current.shutdown();
            try {
                current.awaitTermination(properties.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return worker != null;
    }

    /** Start after Kafka and Mongo clients, stop before them. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 100;
    }
}

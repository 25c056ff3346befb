package vn.hanoi.gbv.platform.messaging.parking;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.hanoi.gbv.platform.messaging.parking.ParkedEvent.Replay;
import vn.hanoi.gbv.platform.messaging.parking.ParkedEvent.Status;

/**
 * The parked records of this service, one document each in {@code parked_events}, keyed by where the record was on
 * its source topic. Few by nature (only what never succeeded), so listing them reads the whole collection; nothing
 * on the path of an event or a user's request reads it.
 */
public class ParkedEvents {

    static final String COLLECTION = "parked_events";

    private final MongoTemplate mongo;
    private final JsonMapper json;
    private final Clock clock;

    public ParkedEvents(MongoTemplate mongo, JsonMapper json, Clock clock) {
        this.mongo = mongo;
        this.json = json;
        this.clock = clock;
    }

    static String idOf(String topic, int partition, long offset) {
        return topic + ":" + partition + ":" + offset;
    }

    /** Keeps the record and why it was parked; parking the same record again changes nothing. */
    public void park(ConsumerRecord<?, ?> record, Exception failure) {
        String value = record.value() == null ? null
                : record.value() instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8) : record.value().toString();
        JsonNode envelope = readable(value);
        List<Document> headers = new ArrayList<>();
        for (Header header : record.headers()) {
            if (!header.key().startsWith("kafka_dlt")) {
                headers.add(new Document("key", header.key()).append("value",
                        header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8)));
            }
        }
        Update update = new Update()
                .setOnInsert("topic", record.topic()).setOnInsert("partition", record.partition())
                .setOnInsert("offset", record.offset()).setOnInsert("key", record.key() == null ? null : record.key().toString())
                .setOnInsert("value", value).setOnInsert("headers", headers)
                .setOnInsert("eventId", envelope == null ? null : envelope.path("eventId").asString(null))
                .setOnInsert("type", envelope == null ? null : envelope.path("type").asString(null))
                .setOnInsert("failure", rootCause(failure).getClass().getName())
                .setOnInsert("parkedAt", Date.from(clock.instant()))
                .setOnInsert("status", Status.PARKED.name())
                .setOnInsert("replays", List.of());
        mongo.upsert(Query.query(Criteria.where("_id").is(idOf(record.topic(), record.partition(), record.offset()))),
                update, COLLECTION);
    }

    /** Newest first, at most {@code limit}; {@code status} null for all. */
    public List<ParkedEvent> list(Status status, int limit) {
        Query query = status == null ? new Query() : Query.query(Criteria.where("status").is(status.name()));
        query.with(Sort.by(Sort.Direction.DESC, "parkedAt")).limit(limit);
        return mongo.find(query, Document.class, COLLECTION).stream().map(ParkedEvents::view).toList();
    }

    public Optional<ParkedEvent> find(String id) {
        return Optional.ofNullable(mongo.findById(id, Document.class, COLLECTION)).map(ParkedEvents::view);
    }

    /** The record as it was on its topic, to hand to the listener again. */
    Optional<ConsumerRecord<String, String>> record(String id) {
        Document d = mongo.findById(id, Document.class, COLLECTION);
        if (d == null) {
            return Optional.empty();
        }
        RecordHeaders headers = new RecordHeaders();
        for (Document header : d.getList("headers", Document.class, List.of())) {
            String value = header.getString("value");
            headers.add(header.getString("key"), value == null ? null : value.getBytes(StandardCharsets.UTF_8));
        }
        return Optional.of(new ConsumerRecord<>(d.getString("topic"), d.getInteger("partition"),
                d.get("offset", Number.class).longValue(), ConsumerRecord.NO_TIMESTAMP,
                org.apache.kafka.common.record.TimestampType.NO_TIMESTAMP_TYPE, ConsumerRecord.NULL_SIZE,
                ConsumerRecord.NULL_SIZE, d.getString("key"), d.getString("value"), headers, Optional.empty()));
    }

    /**
     * Records a replay. Only a handled one marks the record REPLAYED, and only if it was still PARKED: of two
     * administrators replaying at once, both are recorded, the record is handled (idempotently) and marked once.
     */
    void recordReplay(String id, Replay replay) {
        Document entry = new Document("by", replay.by()).append("at", Date.from(replay.at()))
                .append("handled", replay.handled()).append("failure", replay.failure());
        Update update = new Update().push("replays", entry);
        if (replay.handled()) {
            update.set("status", Status.REPLAYED.name());
        }
        mongo.updateFirst(Query.query(Criteria.where("_id").is(id)), update, COLLECTION);
    }

    private JsonNode readable(String value) {
        try {
            JsonNode node = value == null ? null : json.readTree(value);
            return node != null && node.isObject() ? node : null;
        } catch (RuntimeException notJson) {
            return null;
        }
    }

    static Throwable rootCause(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
    }

    private static ParkedEvent view(Document d) {
        List<Replay> replays = d.getList("replays", Document.class, List.of()).stream()
                .map(r -> new Replay(r.getString("by"), r.getDate("at").toInstant(), r.getBoolean("handled", false),
                        r.getString("failure")))
                .toList();
        return new ParkedEvent(d.getString("_id"), d.getString("topic"), d.getInteger("partition"),
                d.get("offset", Number.class).longValue(), d.getString("key"), d.getString("eventId"),
                d.getString("type"), d.getString("failure"), d.getDate("parkedAt").toInstant(),
                Status.valueOf(d.getString("status")), replays);
    }
}

package vn.hanoi.gbv.platform.messaging;

import java.util.List;
import org.bson.Document;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Saves an aggregate's document together with the events its change caused, in one single-document write:
 * MongoDB guarantees that write is atomic, so a state change is never saved without its events or the other
 * way round, and no transaction is needed (the embedded wire server has none).
 *
 * <p>Documents have an {@code id} and a {@code long version}. Updates {@code $set} the state, {@code $push} the
 * new events and check the version, so they never overwrite events the relay has not yet published nor bring
 * back ones it has already removed.
 */
public class AggregateStore {

    static final String OUTBOX = "outbox";
    private static final String VERSION = "version";

    private final MongoTemplate mongo;
    private final OutboxRelay relay;

    public AggregateStore(MongoTemplate mongo, OutboxRelay relay) {
        this.mongo = mongo;
        this.relay = relay;
    }

    /**
     * Inserts a new aggregate at version 0. A second insert with the same id is refused by the unique _id
     * ({@link org.springframework.dao.DuplicateKeyException}): consumers use that to stay idempotent.
     */
    public void insert(Object aggregateDocument, List<OutboxMessage> events) {
        Document document = toDocument(aggregateDocument);
        document.put(VERSION, 0L);
        document.put(OUTBOX, events.stream().map(this::toDocument).toList());
        mongo.insert(document, collection(aggregateDocument));
        relay.wakeUp();
    }

    /** Replaces the state of the aggregate last read at {@code expectedVersion} and appends its new events. */
    public void update(Object aggregateDocument, long expectedVersion, List<OutboxMessage> events) {
        Document document = toDocument(aggregateDocument);
        Object id = document.remove("_id");
        document.remove(VERSION);
        document.remove(OUTBOX);
        Update update = new Update();
        document.forEach(update::set);
        update.inc(VERSION, 1);
        if (!events.isEmpty()) {
            update.push(OUTBOX).each(events.stream().map(this::toDocument).toArray());
        }
        var query = Query.query(Criteria.where("_id").is(id).and(VERSION).is(expectedVersion));
        if (mongo.updateFirst(query, update, collection(aggregateDocument)).getMatchedCount() == 0) {
            throw new OptimisticLockingFailureException("stale version of " + collection(aggregateDocument));
        }
        if (!events.isEmpty()) {
            relay.wakeUp();
        }
    }

    /**
     * Appends events that record something other than a change of state (for example, that a person read the
     * case) without touching the state or its version, so a read never makes an editor's copy stale.
     */
    public void appendEvents(Class<?> documentType, Object id, List<OutboxMessage> events) {
        if (events.isEmpty()) {
            return;
        }
        Update update = new Update();
        update.push(OUTBOX).each(events.stream().map(this::toDocument).toArray());
        mongo.updateFirst(Query.query(Criteria.where("_id").is(id)), update, mongo.getCollectionName(documentType));
        relay.wakeUp();
    }

    private Document toDocument(Object object) {
        Document document = new Document();
        mongo.getConverter().write(object, document);
        document.remove("_class");
        return document;
    }

    private String collection(Object aggregateDocument) {
        return mongo.getCollectionName(aggregateDocument.getClass());
    }
}

package vn.hanoi.gbv.audit.timeline.adapters.persistence;

import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;
import vn.hanoi.gbv.audit.timeline.domain.Checkpoint;
import vn.hanoi.gbv.audit.timeline.domain.Checkpoints;
import vn.hanoi.gbv.events.Actor;
import vn.hanoi.gbv.events.audit.TimelineCheckpointed;
import vn.hanoi.gbv.platform.messaging.AggregateStore;
import vn.hanoi.gbv.platform.messaging.EventEnvelopes;

/** Checkpoints in MongoDB, each published to {@code gbv.audit.checkpoints} by the outbox relay. */
@Repository
class MongoCheckpoints implements Checkpoints {

    static final String COLLECTION = "timeline_checkpoints";
    private static final Actor AUDIT = Actor.service("audit-service");

    private final MongoTemplate mongo;
    private final AggregateStore store;
    private final EventEnvelopes envelopes;

    MongoCheckpoints(MongoTemplate mongo, AggregateStore store, EventEnvelopes envelopes) {
        this.mongo = mongo;
        this.store = store;
        this.envelopes = envelopes;
        mongo.indexOps(COLLECTION).createIndex(new Index().on("caseId", Sort.Direction.ASC)
                .on("seq", Sort.Direction.ASC).unique().named("case_seq"));
    }

    @Override
    public void add(Checkpoint c) {
        var event = new TimelineCheckpointed(c.caseId(), c.seq(), c.headHash(), c.checkpointedAt(), c.keyId(),
                c.signature());
        try {
            store.insert(new CheckpointDocument(c.caseId() + ":" + c.seq(), c.caseId(), c.seq(), c.headHash(),
                    c.checkpointedAt(), c.keyId(), c.signature()), List.of(envelopes.toOutbox(event, AUDIT)));
        } catch (DuplicateKeyException e) {
            // This head was signed already (a retry after a crash): the first signature stands.
        }
    }

    @Override
    public Optional<Checkpoint> latest(String caseId) {
        var query = Query.query(Criteria.where("caseId").is(caseId)).with(Sort.by(Sort.Direction.DESC, "seq")).limit(1);
        return Optional.ofNullable(mongo.findOne(query, CheckpointDocument.class, COLLECTION))
                .map(MongoCheckpoints::toDomain);
    }

    @Override
    public List<Checkpoint> ofCase(String caseId) {
        var query = Query.query(Criteria.where("caseId").is(caseId)).with(Sort.by("seq"));
        return mongo.find(query, CheckpointDocument.class, COLLECTION).stream().map(MongoCheckpoints::toDomain)
                .toList();
    }

    private static Checkpoint toDomain(CheckpointDocument d) {
        return new Checkpoint(d.caseId(), d.seq(), d.headHash(), d.checkpointedAt(), d.keyId(), d.signature());
    }
}

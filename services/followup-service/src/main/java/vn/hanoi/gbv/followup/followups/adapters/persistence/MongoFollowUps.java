package vn.hanoi.gbv.followup.followups.adapters.persistence;

import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;
import vn.hanoi.gbv.events.Actor;
import vn.hanoi.gbv.followup.followups.domain.FollowUp;
import vn.hanoi.gbv.followup.followups.domain.FollowUps;
import vn.hanoi.gbv.platform.messaging.AggregateStore;
import vn.hanoi.gbv.platform.messaging.EventEnvelopes;

/** Follow-ups in MongoDB, each insert carrying its events in the same document write. */
@Repository
class MongoFollowUps implements FollowUps {

    private final MongoTemplate mongo;
    private final AggregateStore store;
    private final EventEnvelopes envelopes;

    MongoFollowUps(MongoTemplate mongo, AggregateStore store, EventEnvelopes envelopes) {
        this.mongo = mongo;
        this.store = store;
        this.envelopes = envelopes;
    }

    @Override
    public boolean addIfAbsent(FollowUp followUp, Actor actor) {
        try {
            store.insert(toDocument(followUp), followUp.pendingEvents().stream()
                    .map(event -> envelopes.toOutbox(event, actor)).toList());
            return true;
        } catch (DuplicateKeyException alreadyThere) {
            // The unique _id refused it: the same follow-up exists, with its event already in (or through) the outbox.
            return false;
        }
    }

    @Override
    public List<FollowUp> ofCase(String caseId) {
        var query = Query.query(Criteria.where("caseId").is(caseId)).with(Sort.by("dueAt", "id"));
        return mongo.find(query, FollowUpDocument.class).stream().map(MongoFollowUps::toDomain).toList();
    }

    private static FollowUpDocument toDocument(FollowUp f) {
        return new FollowUpDocument(f.id(), f.version(), f.caseId(), f.kind(), f.ward(), f.riskLevel(), f.dueAt(),
                f.status(), f.scheduledAt());
    }

    private static FollowUp toDomain(FollowUpDocument d) {
        return new FollowUp(d.id(), d.caseId(), d.kind(), d.ward(), d.riskLevel(), d.dueAt(), d.status(),
                d.scheduledAt(), d.version());
    }
}

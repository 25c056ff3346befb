package vn.hanoi.gbv.followup.followups.adapters.persistence;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;
import vn.hanoi.gbv.events.Actor;
import vn.hanoi.gbv.followup.followups.adapters.persistence.FollowUpDocument.RecordingDocument;
import vn.hanoi.gbv.followup.followups.domain.FollowUp;
import vn.hanoi.gbv.followup.followups.domain.FollowUpStatus;
import vn.hanoi.gbv.followup.followups.domain.FollowUps;
import vn.hanoi.gbv.followup.followups.domain.Recording;
import vn.hanoi.gbv.followup.followups.domain.WorklistQuery;
import vn.hanoi.gbv.platform.crypto.FieldCipher;
import vn.hanoi.gbv.platform.messaging.AggregateStore;
import vn.hanoi.gbv.platform.messaging.EventEnvelopes;

/** Follow-ups in MongoDB, each write carrying its events in the same document write. */
@Repository
class MongoFollowUps implements FollowUps {

    private final MongoTemplate mongo;
    private final AggregateStore store;
    private final EventEnvelopes envelopes;
    private final FieldCipher cipher;

    MongoFollowUps(MongoTemplate mongo, AggregateStore store, EventEnvelopes envelopes,
            @Qualifier("followUpNotesCipher") FieldCipher cipher) {
        this.mongo = mongo;
        this.store = store;
        this.envelopes = envelopes;
        this.cipher = cipher;
    }

    @Override
    public boolean addIfAbsent(FollowUp followUp, Actor actor) {
        try {
            store.insert(toDocument(followUp), envelopes.toOutbox(followUp.pendingEvents(), actor));
            return true;
        } catch (DuplicateKeyException alreadyThere) {
            // The unique _id refused it: the same follow-up exists, with its event already in (or through) the outbox.
            return false;
        }
    }

    @Override
    public Optional<FollowUp> byId(String id) {
        return Optional.ofNullable(mongo.findById(id, FollowUpDocument.class)).map(this::toDomain);
    }

    @Override
    public void update(FollowUp followUp, Actor actor) {
        store.update(toDocument(followUp), followUp.version(), envelopes.toOutbox(followUp.pendingEvents(), actor));
    }

    @Override
    public List<FollowUp> ofCase(String caseId) {
        var query = Query.query(Criteria.where("caseId").is(caseId)).with(Sort.by("dueAt", "id"));
        return find(query);
    }

    @Override
    public Page open(WorklistQuery q) {
        Criteria criteria = Criteria.where("status").is(FollowUpStatus.SCHEDULED);
        if (q.ward() != null) {
            criteria = criteria.and("ward").is(q.ward());
        }
        if (q.dueFrom() != null && q.dueBefore() != null) {
            criteria = criteria.and("dueAt").gte(q.dueFrom()).lt(q.dueBefore());
        } else if (q.dueFrom() != null) {
            criteria = criteria.and("dueAt").gte(q.dueFrom());
        } else if (q.dueBefore() != null) {
            criteria = criteria.and("dueAt").lt(q.dueBefore());
        }
        long total = mongo.count(Query.query(criteria), FollowUpDocument.class);
        var page = Query.query(criteria).with(Sort.by("dueAt", "id")).skip((long) q.page() * q.size()).limit(q.size());
        return new Page(find(page), total);
    }

    @Override
    public List<FollowUp> pastDueNotYetFlagged(Instant now, int limit) {
        return find(Query.query(Criteria.where("status").is(FollowUpStatus.SCHEDULED).and("dueAt").lt(now)
                .and("overdueAt").is(null)).with(Sort.by("dueAt")).limit(limit));
    }

    @Override
    public List<FollowUp> overdueNotYetEscalated(Instant dueBefore, int limit) {
        return find(Query.query(Criteria.where("status").is(FollowUpStatus.SCHEDULED).and("dueAt").lt(dueBefore)
                .and("overdueAt").ne(null).and("escalatedAt").is(null)).with(Sort.by("dueAt")).limit(limit));
    }

    private List<FollowUp> find(Query query) {
        return mongo.find(query, FollowUpDocument.class).stream().map(this::toDomain).toList();
    }

    private FollowUpDocument toDocument(FollowUp f) {
        Recording r = f.recording();
        RecordingDocument recording = r == null ? null : new RecordingDocument(r.contactMade(), r.channel(),
                r.survivorSafe(), r.riskLevel(), r.indicators(), r.servicesReceived(), r.newNeeds(),
                cipher.encrypt(r.notes(), f.caseId(), notesField(f.id())), r.requestedNext(), r.recordedBy(),
                r.recordedAt(), r.nextFollowUpId());
        return new FollowUpDocument(f.id(), f.version(), f.caseId(), f.kind(), f.ward(), f.riskLevel(), f.dueAt(),
                f.status(), f.scheduledAt(), f.referralId(), f.overdueAt(), f.escalatedAt(), f.cancelledAt(),
                recording);
    }

    private FollowUp toDomain(FollowUpDocument d) {
        RecordingDocument r = d.recording();
        Recording recording = r == null ? null : new Recording(r.contactMade(), r.channel(), r.survivorSafe(),
                r.riskLevel(), r.indicators(), r.servicesReceived(), r.newNeeds(),
                cipher.decrypt(r.encryptedNotes(), d.caseId(), notesField(d.id())), r.requestedNext(),
                r.recordedBy(), r.recordedAt(), r.nextFollowUpId());
        return new FollowUp(d.id(), d.caseId(), d.kind(), d.ward(), d.riskLevel(), d.dueAt(), d.status(),
                d.scheduledAt(), d.referralId(), d.overdueAt(), d.escalatedAt(), d.cancelledAt(), recording,
                d.version());
    }

    /** Bound into the ciphertext, so notes copied onto another follow-up fail to decrypt rather than mislead. */
    private static String notesField(String followUpId) {
        return "followup-notes/" + followUpId;
    }
}

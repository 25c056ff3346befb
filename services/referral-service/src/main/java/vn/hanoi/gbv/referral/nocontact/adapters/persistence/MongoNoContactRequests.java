package vn.hanoi.gbv.referral.nocontact.adapters.persistence;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;
import vn.hanoi.gbv.events.Actor;
import vn.hanoi.gbv.platform.messaging.AggregateStore;
import vn.hanoi.gbv.platform.crypto.FieldCipher;
import vn.hanoi.gbv.platform.messaging.EventEnvelopes;
import vn.hanoi.gbv.referral.config.FreeTextFields;
import vn.hanoi.gbv.referral.nocontact.domain.NoContactRequest;
import vn.hanoi.gbv.referral.nocontact.domain.NoContactRequests;
import vn.hanoi.gbv.referral.nocontact.domain.NoContactStatus;

/** No-contact requests in MongoDB, each save carrying its events in the same document write. */
@Repository
class MongoNoContactRequests implements NoContactRequests {

    private final MongoTemplate mongo;
    private final AggregateStore store;
    private final EventEnvelopes envelopes;
    private final FieldCipher cipher;

    MongoNoContactRequests(MongoTemplate mongo, AggregateStore store, EventEnvelopes envelopes,
            @Qualifier("referralNotesCipher") FieldCipher cipher) {
        this.mongo = mongo;
        this.store = store;
        this.envelopes = envelopes;
        this.cipher = cipher;
    }

    @Override
    public Optional<NoContactRequest> byId(String id) {
        return Optional.ofNullable(mongo.findById(id, NoContactRequestDocument.class))
                .map(this::toDomain);
    }

    @Override
    public List<NoContactRequest> ofCase(String caseId) {
        return find(Query.query(Criteria.where("caseId").is(caseId))
                .with(Sort.by(Sort.Order.desc("requestedAt"), Sort.Order.asc("_id"))));
    }

    @Override
    public boolean addIfAbsent(NoContactRequest request, Actor actor) {
        try {
            store.insert(toDocument(request), envelopes.toOutbox(request.pendingEvents(), actor));
            return true;
        } catch (DuplicateKeyException alreadyThere) {
            return false;
        }
    }

    @Override
    public void update(NoContactRequest request, Actor actor) {
        store.update(toDocument(request), request.version(), envelopes.toOutbox(request.pendingEvents(), actor));
    }

    @Override
    public List<NoContactRequest> undecidedPastDeadline(Instant now, int limit) {
        return find(Query.query(Criteria.where("status").is(NoContactStatus.REQUESTED).and("overdueAt").is(null)
                .and("decideBy").lt(now)).with(Sort.by("decideBy", "_id")).limit(limit));
    }

    @Override
    public List<NoContactRequest> issuedEndedBy(Instant now, int limit) {
        return find(Query.query(Criteria.where("status").is(NoContactStatus.ISSUED).and("validUntil").lte(now))
                .with(Sort.by("validUntil", "_id")).limit(limit));
    }

    private List<NoContactRequest> find(Query query) {
        return mongo.find(query, NoContactRequestDocument.class).stream().map(this::toDomain).toList();
    }

    private NoContactRequestDocument toDocument(NoContactRequest request) {
        NoContactRequest.Snapshot s = request.snapshot();
        return new NoContactRequestDocument(s.id(), s.version(), s.caseId(), s.ward(), s.committeeAgencyId(),
                s.onBehalfOf(), s.requestedBy(), s.requestedAt(), s.decideBy(), s.status(), s.overdueAt(),
                s.decidedBy(), s.decidedAt(), s.validFrom(), s.validUntil(), s.recipients(),
                cipher.encrypt(s.refusalGrounds(), s.caseId(), FreeTextFields.refusalGrounds(s.id())),
                s.cancelledBy(), s.cancelledAt(), s.cancellationCause(), s.expiredAt());
    }

    private NoContactRequest toDomain(NoContactRequestDocument d) {
        return NoContactRequest.restore(new NoContactRequest.Snapshot(d.id(), d.caseId(), d.ward(),
                d.committeeAgencyId(), d.onBehalfOf(), d.requestedBy(), d.requestedAt(), d.decideBy(), d.status(),
                d.overdueAt(), d.decidedBy(), d.decidedAt(), d.validFrom(), d.validUntil(), d.recipients(),
                cipher.decryptOrClear(d.refusalGrounds(), d.caseId(), FreeTextFields.refusalGrounds(d.id())),
                d.cancelledBy(), d.cancelledAt(), d.cancellationCause(), d.expiredAt(),
                d.version()));
    }
}

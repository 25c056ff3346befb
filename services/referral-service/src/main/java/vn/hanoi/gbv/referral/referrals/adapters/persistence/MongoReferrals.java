package vn.hanoi.gbv.referral.referrals.adapters.persistence;

import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;
import vn.hanoi.gbv.events.Actor;
import vn.hanoi.gbv.platform.messaging.AggregateStore;
import vn.hanoi.gbv.platform.messaging.EventEnvelopes;
import vn.hanoi.gbv.referral.referrals.domain.Referral;
import vn.hanoi.gbv.referral.referrals.domain.Referrals;

/** Referrals in MongoDB, each save carrying its events in the same document write. */
@Repository
class MongoReferrals implements Referrals {

    // Ties (the referrals of one case share a creation time) are broken by id, so lists do not reorder.
    private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("createdAt"), Sort.Order.asc("_id"));
    // Referrals stored before the field existed have no "urgent"; a missing field sorts as lowest, i.e. last.
    private static final Sort URGENT_THEN_NEWEST = Sort.by(Sort.Order.desc("urgent")).and(NEWEST_FIRST);

    private final MongoTemplate mongo;
    private final AggregateStore store;
    private final EventEnvelopes envelopes;

    MongoReferrals(MongoTemplate mongo, AggregateStore store, EventEnvelopes envelopes) {
        this.mongo = mongo;
        this.store = store;
        this.envelopes = envelopes;
    }

    @Override
    public Optional<Referral> byId(String id) {
        return Optional.ofNullable(mongo.findById(id, ReferralDocument.class)).map(MongoReferrals::toDomain);
    }

    @Override
    public List<Referral> addressedTo(String agencyId) {
        return find(Criteria.where("agencyId").is(agencyId), URGENT_THEN_NEWEST);
    }

    @Override
    public List<Referral> ofCase(String caseId) {
        return find(Criteria.where("caseId").is(caseId), NEWEST_FIRST);
    }

    private List<Referral> find(Criteria criteria, Sort order) {
        return mongo.find(Query.query(criteria).with(order), ReferralDocument.class).stream()
                .map(MongoReferrals::toDomain).toList();
    }

    @Override
    public boolean addIfAbsent(Referral referral, Actor actor) {
        try {
            store.insert(toDocument(referral), referral.pendingEvents().stream()
                    .map(event -> envelopes.toOutbox(event, actor)).toList());
            return true;
        } catch (DuplicateKeyException alreadyThere) {
            return false;
        }
    }

    @Override
    public void update(Referral referral, Actor actor) {
        store.update(toDocument(referral), referral.version(), referral.pendingEvents().stream()
                .map(event -> envelopes.toOutbox(event, actor)).toList());
    }

    private static ReferralDocument toDocument(Referral r) {
        return new ReferralDocument(r.id(), r.version(), r.caseId(), r.caseCode(), r.ward(), r.agencyId(),
                r.agencyType(), r.need(), r.incidentType(), r.riskLevel(), r.emergency(), r.urgent(), r.status(),
                r.createdAt(), r.decidedBy(), r.decidedAt(), r.declineReason());
    }

    private static Referral toDomain(ReferralDocument d) {
        return new Referral(d.id(), d.caseId(), d.caseCode(), d.ward(), d.agencyId(), d.agencyType(), d.need(),
                d.incidentType(), d.riskLevel(), d.emergency(), d.status(), d.createdAt(), d.decidedBy(),
                d.decidedAt(), d.declineReason(), d.version());
    }
}

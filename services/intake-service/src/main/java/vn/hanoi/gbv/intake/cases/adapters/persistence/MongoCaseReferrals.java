package vn.hanoi.gbv.intake.cases.adapters.persistence;

import java.util.Map;
import java.util.Optional;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;
import vn.hanoi.gbv.events.AgencyType;
import vn.hanoi.gbv.intake.cases.domain.CaseReferrals;

/**
 * One document per case, {@code _id} the case id, in its own collection (the case document is the lead's to
 * reshape): {@code referrals.<referralId> = {agencyId, agencyType, closed}}. Each event is one upsert of its own
 * fields, so events applied twice or in another order end in the same document; a lookup is by {@code _id}.
 */
@Repository
class MongoCaseReferrals implements CaseReferrals {

    static final String COLLECTION = "caseReferrals";

    private final MongoTemplate mongo;

    MongoCaseReferrals(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void opened(String caseId, String referralId, String agencyId, AgencyType agencyType) {
        String at = "referrals." + referralId;
        mongo.upsert(byCase(caseId), new Update().set(at + ".agencyId", agencyId)
                .set(at + ".agencyType", agencyType.name()), COLLECTION);
    }

    @Override
    public void closed(String caseId, String referralId) {
        mongo.upsert(byCase(caseId), new Update().set("referrals." + referralId + ".closed", true), COLLECTION);
    }

    @Override
    public Optional<AgencyType> openReferralTo(String caseId, String agencyId) {
        Document found = mongo.findOne(byCase(caseId), Document.class, COLLECTION);
        if (found == null || !(found.get("referrals") instanceof Map<?, ?> referrals)) {
            return Optional.empty();
        }
        return referrals.values().stream()
                .filter(Document.class::isInstance).map(Document.class::cast)
                .filter(referral -> agencyId.equals(referral.getString("agencyId")))
                .filter(referral -> !Boolean.TRUE.equals(referral.getBoolean("closed")))
                .filter(referral -> referral.getString("agencyType") != null)
                .map(referral -> AgencyType.valueOf(referral.getString("agencyType")))
                .findFirst();
    }

    private static Query byCase(String caseId) {
        return Query.query(Criteria.where("_id").is(caseId));
    }
}

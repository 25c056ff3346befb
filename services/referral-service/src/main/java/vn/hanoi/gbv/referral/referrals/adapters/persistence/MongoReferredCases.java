package vn.hanoi.gbv.referral.referrals.adapters.persistence;

import java.util.Optional;
import java.util.Set;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;
import vn.hanoi.gbv.events.AgencyType;
import vn.hanoi.gbv.events.IncidentType;
import vn.hanoi.gbv.events.RiskLevel;
import vn.hanoi.gbv.referral.referrals.domain.CaseFacts;
import vn.hanoi.gbv.referral.referrals.domain.ReferredCases;

/** The facts of each known case, one document per case, replaced whole by each of intake's events. */
@Repository
class MongoReferredCases implements ReferredCases {

    @Document("cases")
    record CaseFactsDocument(@Id String id, String caseCode, String ward, IncidentType incidentType,
            RiskLevel riskLevel, Set<AgencyType> consentedAgencyTypes) {
    }

    private final MongoTemplate mongo;

    MongoReferredCases(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Optional<CaseFacts> byId(String caseId) {
        return Optional.ofNullable(mongo.findById(caseId, CaseFactsDocument.class)).map(d -> new CaseFacts(d.id(),
                d.caseCode(), d.ward(), d.incidentType(), d.riskLevel(), d.consentedAgencyTypes()));
    }

    @Override
    public void save(CaseFacts f) {
        mongo.save(new CaseFactsDocument(f.caseId(), f.caseCode(), f.ward(), f.incidentType(), f.riskLevel(),
                f.consentedAgencyTypes()));
    }

    @Override
    public void consentChanged(String caseId, Set<AgencyType> consentedAgencyTypes) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(caseId)),
                Update.update("consentedAgencyTypes", consentedAgencyTypes), CaseFactsDocument.class);
    }
}

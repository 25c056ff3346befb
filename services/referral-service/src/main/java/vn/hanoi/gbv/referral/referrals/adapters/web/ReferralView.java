package vn.hanoi.gbv.referral.referrals.adapters.web;

import java.time.Instant;
import vn.hanoi.gbv.events.AgencyType;
import vn.hanoi.gbv.events.IncidentType;
import vn.hanoi.gbv.events.Need;
import vn.hanoi.gbv.events.RiskLevel;
import vn.hanoi.gbv.referral.referrals.domain.Referral;
import vn.hanoi.gbv.referral.referrals.domain.ReferralStatus;

/**
 * A referral as agencies, ward staff and supervisors see it. {@code emergency} says it was made on the
 * emergency fast track, before the ward verified the case. There is no survivor data in this service at all;
 * the decline reason is left out too, since free text may name people and who may read it is not yet decided.
 */
record ReferralView(
        String id,
        String caseId,
        String caseCode,
        String ward,
        String agencyId,
        AgencyType agencyType,
        Need need,
        IncidentType incidentType,
        RiskLevel riskLevel,
        boolean emergency,
        ReferralStatus status,
        Instant createdAt,
        String decidedBy,
        Instant decidedAt) {

    static ReferralView of(Referral r) {
        return new ReferralView(r.id(), r.caseId(), r.caseCode(), r.ward(), r.agencyId(), r.agencyType(), r.need(),
                r.incidentType(), r.riskLevel(), r.emergency(), r.status(), r.createdAt(), r.decidedBy(),
                r.decidedAt());
    }
}

package vn.hanoi.gbv.events.referral;

import vn.hanoi.gbv.events.AgencyType;
import vn.hanoi.gbv.events.CaseEvent;
import vn.hanoi.gbv.events.RiskLevel;

/** The receiving agency accepted the referral and will serve the survivor. */
public record ReferralAccepted(
        String caseId,
        String referralId,
        String agencyId,
        AgencyType agencyType,
        String ward,
        RiskLevel riskLevel) implements CaseEvent {
}

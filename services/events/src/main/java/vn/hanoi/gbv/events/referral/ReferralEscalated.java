package vn.hanoi.gbv.events.referral;

import java.time.Instant;
import vn.hanoi.gbv.events.AgencyType;
import vn.hanoi.gbv.events.CaseEvent;
import vn.hanoi.gbv.events.RiskLevel;

/** The agency did not acknowledge the referral by {@code acknowledgeBy}; supervisors are to follow it up. */
public record ReferralEscalated(
        String caseId,
        String referralId,
        String agencyId,
        AgencyType agencyType,
        String ward,
        RiskLevel riskLevel,
        Instant acknowledgeBy) implements CaseEvent {
}

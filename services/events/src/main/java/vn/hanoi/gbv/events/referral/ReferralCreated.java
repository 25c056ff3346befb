package vn.hanoi.gbv.events.referral;

import vn.hanoi.gbv.events.AgencyType;
import vn.hanoi.gbv.events.CaseEvent;
import vn.hanoi.gbv.events.Need;
import vn.hanoi.gbv.events.RiskLevel;

/**
 * A case was referred to an agency: once verified, or at once when it is in immediate danger (before
 * verification). {@code need} is null for the ward People's Committee, which is notified of every such case
 * rather than asked to serve a need.
 */
public record ReferralCreated(
        String caseId,
        String referralId,
        String agencyId,
        AgencyType agencyType,
        String ward,
        Need need,
        RiskLevel riskLevel) implements CaseEvent {
}

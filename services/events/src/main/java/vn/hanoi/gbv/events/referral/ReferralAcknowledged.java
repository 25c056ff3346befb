package vn.hanoi.gbv.events.referral;

import vn.hanoi.gbv.events.AgencyType;
import vn.hanoi.gbv.events.CaseEvent;

/** The receiving agency has seen the referral and is deciding on it; its acknowledgement SLA is met. */
public record ReferralAcknowledged(
        String caseId,
        String referralId,
        String agencyId,
        AgencyType agencyType,
        String ward) implements CaseEvent {
}

package vn.hanoi.gbv.events.referral;

import vn.hanoi.gbv.events.AgencyType;
import vn.hanoi.gbv.events.CaseEvent;
import vn.hanoi.gbv.events.Need;

/**
 * A referral was declined and no other agency of its type serves the ward: the need is in the supervisors'
 * queue, to be placed by hand. {@code referralId} is the last declined referral.
 */
public record ReferralNeedsSupervisor(
        String caseId,
        String referralId,
        AgencyType agencyType,
        String ward,
        Need need) implements CaseEvent {
}

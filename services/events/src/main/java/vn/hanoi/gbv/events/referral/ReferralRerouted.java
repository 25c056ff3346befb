package vn.hanoi.gbv.events.referral;

import vn.hanoi.gbv.events.AgencyType;
import vn.hanoi.gbv.events.CaseEvent;
import vn.hanoi.gbv.events.Need;

/**
 * A declined referral was passed to the next eligible agency of the same type serving the ward. The new
 * referral ({@code referralId}) also has its own ReferralCreated; this event links it to the declined one.
 */
public record ReferralRerouted(
        String caseId,
        String referralId,
        String declinedReferralId,
        String agencyId,
        AgencyType agencyType,
        String ward,
        Need need) implements CaseEvent {
}

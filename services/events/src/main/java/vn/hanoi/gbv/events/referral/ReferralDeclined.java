package vn.hanoi.gbv.events.referral;

import vn.hanoi.gbv.events.AgencyType;
import vn.hanoi.gbv.events.CaseEvent;

/** The receiving agency declined the referral. Its written reason stays in referral's database. */
public record ReferralDeclined(
        String caseId,
        String referralId,
        String agencyId,
        AgencyType agencyType,
        String ward) implements CaseEvent {
}

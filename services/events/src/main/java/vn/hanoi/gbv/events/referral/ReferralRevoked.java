package vn.hanoi.gbv.events.referral;

import vn.hanoi.gbv.events.AgencyType;
import vn.hanoi.gbv.events.CaseEvent;

/**
 * The referral was withdrawn from the agency: by the case's counsellor or a supervisor, or because the survivor
 * withdrew her consent to share with that type of agency. {@code cause} is a code; no free text travels.
 */
public record ReferralRevoked(
        String caseId,
        String referralId,
        String agencyId,
        AgencyType agencyType,
        String ward,
        Cause cause) implements CaseEvent {

    /** Why a referral was revoked. */
    public enum Cause {
        /** The survivor withdrew her consent to share with this agency type (intake's ConsentChanged). */
        CONSENT_WITHDRAWN,
        /** The survivor asked to stop this referral. */
        SURVIVOR_REQUEST,
        /** Sent to the wrong agency or for the wrong need. */
        SENT_IN_ERROR,
        /** The referral would put the survivor at risk (for example, the agency knows the perpetrator). */
        SAFETY_CONCERN,
        /** The case was closed or merged into a duplicate. */
        CASE_CLOSED
    }
}

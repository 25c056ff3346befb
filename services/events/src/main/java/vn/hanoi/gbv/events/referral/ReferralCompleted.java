package vn.hanoi.gbv.events.referral;

import vn.hanoi.gbv.events.AgencyType;
import vn.hanoi.gbv.events.CaseEvent;

/** The agency finished serving the survivor under this referral, with a coded outcome (never free text). */
public record ReferralCompleted(
        String caseId,
        String referralId,
        String agencyId,
        AgencyType agencyType,
        String ward,
        Outcome outcome) implements CaseEvent {

    /** How a referral ended; codes only, so statistics can count them and nothing identifying travels. */
    public enum Outcome {
        /** The service the referral asked for was given. */
        SERVICE_PROVIDED,
        /** Part of it was given (for example, medical care but no forensic examination). */
        SERVICE_PARTLY_PROVIDED,
        /** The survivor chose not to take up the service. */
        SURVIVOR_DECLINED_SERVICE,
        /** The agency could not reach the survivor safely. */
        SURVIVOR_UNREACHABLE,
        /** The agency passed the survivor on to another service outside this system. */
        REFERRED_ONWARD
    }
}

package vn.hanoi.gbv.events.referral;

import vn.hanoi.gbv.events.AgencyType;
import vn.hanoi.gbv.events.CaseEvent;

/**
 * A supervisor referred a case in immediate danger to an agency type the survivor did not consent to, on the
 * legal basis named. The envelope's actor is the supervisor; the referral itself has its own ReferralCreated.
 */
public record ConsentOverridden(
        String caseId,
        String referralId,
        String agencyId,
        AgencyType agencyType,
        String ward,
        LegalBasis legalBasis) implements CaseEvent {

    /**
     * The grounds on which consent may be set aside. A short list on purpose: each entry must be confirmed by the
     * project's legal advisers before use with real cases.
     */
    public enum LegalBasis {
        /**
         * Law 13/2022/QH15 on Domestic Violence Prevention and Control, Art. 25: where the victim's life is
         * threatened, protective measures may be taken on the authority's own initiative.
         */
        LIFE_THREATENED_ART_25,
        /** The survivor is a child in immediate danger (Law on Children 2016, duty to protect). */
        CHILD_IN_IMMEDIATE_DANGER
    }
}

package vn.hanoi.gbv.followup.followups.domain;

/** What a follow-up is for. */
public enum FollowUpKind {
    /** The first check that the survivor is safe, once the case is verified (or registered in immediate danger). */
    FIRST_SAFETY_CHECK,
    /** An agency accepted a referral: did the survivor actually get the service? */
    SERVICE_RECEIVED_CHECK,
    /** A referral was completed or declined: what now, and is anything still needed? */
    REFERRAL_OUTCOME_CHECK,
    /** The routine check planned after each recorded follow-up, due by the risk level then assessed. */
    NEXT_SAFETY_CHECK
}

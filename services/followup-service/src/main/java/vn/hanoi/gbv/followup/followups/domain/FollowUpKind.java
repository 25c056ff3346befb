package vn.hanoi.gbv.followup.followups.domain;

/** What a follow-up is for. */
public enum FollowUpKind {
    /** The first check, after an agency accepted the case, that the survivor is safe. */
    FIRST_SAFETY_CHECK
}

package vn.hanoi.gbv.followup.followups.domain;

/** Where a case stands as far as follow-up is concerned. */
public enum CaseFileStatus {
    /** Being followed up. */
    OPEN,
    /** A counsellor asked to close it; still followed up until a supervisor decides. */
    CLOSURE_REQUESTED,
    CLOSED
}

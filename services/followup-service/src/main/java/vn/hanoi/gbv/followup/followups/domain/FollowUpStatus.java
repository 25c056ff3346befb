package vn.hanoi.gbv.followup.followups.domain;

/** Where a follow-up stands. Overdue is not a status: it is a SCHEDULED follow-up past its due date. */
public enum FollowUpStatus {
    SCHEDULED, DONE, CANCELLED
}

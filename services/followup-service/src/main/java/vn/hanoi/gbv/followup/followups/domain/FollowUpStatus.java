package vn.hanoi.gbv.followup.followups.domain;

/** Where a follow-up stands. Done, missed and cancelled follow-ups come with their own use cases. */
public enum FollowUpStatus {
    SCHEDULED
}

package vn.hanoi.gbv.events.followup;

/** How a counsellor reached (or tried to reach) the survivor for a follow-up. */
public enum ContactChannel {
    PHONE, HOME_VISIT, OFFICE_VISIT, VIDEO_CALL, MESSAGE, THROUGH_AGENCY
}

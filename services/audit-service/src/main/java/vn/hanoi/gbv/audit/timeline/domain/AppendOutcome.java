package vn.hanoi.gbv.audit.timeline.domain;

/** What came of appending an entry to a case's timeline. */
public enum AppendOutcome {
    APPENDED,
    /** The event is on the timeline already (a redelivery): nothing was written. */
    ALREADY_RECORDED,
    /** Another writer took this seq first: read the timeline's new end and try again. */
    SEQ_TAKEN
}

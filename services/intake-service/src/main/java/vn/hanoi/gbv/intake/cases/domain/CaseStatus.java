package vn.hanoi.gbv.intake.cases.domain;

/**
 * Where a case stands, derived from what has happened to it (see {@link GbvCase#status()}): registered,
 * verified or rejected at ward level, referred once an agency was asked, in follow-up once help started, closed
 * by a supervisor (and reopened to follow-up).
 */
public enum CaseStatus {
    REGISTERED, VERIFIED, REFERRED, IN_FOLLOW_UP, CLOSED, REJECTED
}

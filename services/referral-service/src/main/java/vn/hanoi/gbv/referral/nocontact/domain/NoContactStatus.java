package vn.hanoi.gbv.referral.nocontact.domain;

/**
 * REQUESTED → ISSUED → EXPIRED (validity ended) or CANCELLED (by the chair); REQUESTED → REFUSED. A request not
 * decided in 12 hours stays REQUESTED, is marked overdue once, and can no longer be decided.
 */
public enum NoContactStatus {
    REQUESTED, ISSUED, REFUSED, CANCELLED, EXPIRED
}

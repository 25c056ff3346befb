package vn.hanoi.gbv.intake.cases.domain;

import java.time.Instant;

/**
 * What the other services reported of a case: when it was first referred, when help first started (a referral
 * accepted or a follow-up recorded), and whether a supervisor closed it. Facts, not a state machine, so events
 * arriving from two topics in any order give the same status; {@code closureChangedAt} orders closing and
 * reopening so a redelivered old event cannot undo a newer one.
 */
public record CaseProgress(Instant referredAt, Instant followUpStartedAt, boolean closed, Instant closureChangedAt) {

    public static final CaseProgress NONE = new CaseProgress(null, null, false, null);

    CaseProgress referred(Instant at) {
        return referredAt != null ? this : new CaseProgress(at, followUpStartedAt, closed, closureChangedAt);
    }

    CaseProgress followUpStarted(Instant at) {
        return followUpStartedAt != null ? this : new CaseProgress(referredAt, at, closed, closureChangedAt);
    }

    CaseProgress closedAt(Instant at, boolean nowClosed) {
        if (closureChangedAt != null && !at.isAfter(closureChangedAt)) {
            return this;
        }
        return new CaseProgress(referredAt, followUpStartedAt, nowClosed, at);
    }
}

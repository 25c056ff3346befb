package vn.hanoi.gbv.followup.followups.domain;

import java.time.Instant;

/**
 * A supervisor's decision on a closure request, kept for the record. {@code comment} is free text (required
 * for a rejection, so the counsellor knows what is still missing): encrypted at rest.
 */
public record ClosureDecision(ClosureRequest request, boolean approved, String comment, String decidedBy,
        Instant decidedAt) {

    @Override
    public String toString() {
        return "ClosureDecision[" + (approved ? "approved" : "rejected") + " by " + decidedBy + "]";
    }
}

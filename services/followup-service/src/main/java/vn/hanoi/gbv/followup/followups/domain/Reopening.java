package vn.hanoi.gbv.followup.followups.domain;

import java.time.Instant;
import vn.hanoi.gbv.events.followup.ReopenCause;

/** A supervisor reopened the case. {@code explanation} is free text (OTHER only): encrypted at rest. */
public record Reopening(ReopenCause cause, String explanation, String reopenedBy, Instant reopenedAt) {

    @Override
    public String toString() {
        return "Reopening[" + cause + " by " + reopenedBy + "]";
    }
}

package vn.hanoi.gbv.followup.followups.domain;

import java.time.Instant;
import vn.hanoi.gbv.events.followup.ClosureCause;

/** A counsellor's request to close a case. {@code explanation} is free text (OTHER only): encrypted at rest. */
public record ClosureRequest(ClosureCause cause, String explanation, String requestedBy, Instant requestedAt) {

    @Override
    public String toString() {
        return "ClosureRequest[" + cause + " by " + requestedBy + "]";
    }
}

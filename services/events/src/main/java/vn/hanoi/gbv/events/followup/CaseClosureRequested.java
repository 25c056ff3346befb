package vn.hanoi.gbv.events.followup;

import vn.hanoi.gbv.events.CaseEvent;

/** A counsellor asked to close the case; a supervisor who is not her decides. */
public record CaseClosureRequested(
        String caseId,
        String ward,
        ClosureCause cause) implements CaseEvent {
}

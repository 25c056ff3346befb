package vn.hanoi.gbv.events.followup;

import vn.hanoi.gbv.events.CaseEvent;

/** A supervisor turned down a closure request; the case stays open. The comment stays in follow-up's database. */
public record CaseClosureRejected(
        String caseId,
        String ward,
        ClosureCause cause) implements CaseEvent {
}

package vn.hanoi.gbv.events.followup;

import vn.hanoi.gbv.events.CaseEvent;

/**
 * A supervisor approved the closure a counsellor requested (four eyes): the case is CLOSED and its open
 * follow-ups are cancelled. The envelope's actor is the approver; {@code requestedBy} the counsellor.
 */
public record CaseClosed(
        String caseId,
        String ward,
        ClosureCause cause,
        String requestedBy) implements CaseEvent {
}

package vn.hanoi.gbv.events.intake;

import vn.hanoi.gbv.events.CaseEvent;

/** A ward verifier rejected the case. The verifier's note stays in intake: free text can identify. */
public record CaseRejected(String caseId, String ward) implements CaseEvent {
}

package vn.hanoi.gbv.events.intake;

import vn.hanoi.gbv.events.CaseEvent;

/** A counsellor linked the case to another case of the same survivor (a possible duplicate they checked). */
public record CaseLinked(String caseId, String ward, String linkedCaseId) implements CaseEvent {
}

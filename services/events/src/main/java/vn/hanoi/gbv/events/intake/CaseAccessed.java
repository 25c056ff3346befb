package vn.hanoi.gbv.events.intake;

import vn.hanoi.gbv.events.CaseEvent;

/** A person read a case (the actor says who, in which role); {@code view} says what they saw. */
public record CaseAccessed(String caseId, String ward, String view) implements CaseEvent {
}

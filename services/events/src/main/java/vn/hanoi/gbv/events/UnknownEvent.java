package vn.hanoi.gbv.events;

/**
 * An event whose type this reader does not know (a newer producer, say). Kept rather than dropped, so that an
 * audit timeline never silently loses an entry.
 */
public record UnknownEvent(String caseId, String type) implements CaseEvent {
}

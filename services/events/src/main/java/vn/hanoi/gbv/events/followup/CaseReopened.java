package vn.hanoi.gbv.events.followup;

import vn.hanoi.gbv.events.CaseEvent;

/** A supervisor reopened a closed case; its follow-up plan starts again with a safety check. */
public record CaseReopened(
        String caseId,
        String ward,
        ReopenCause cause) implements CaseEvent {
}

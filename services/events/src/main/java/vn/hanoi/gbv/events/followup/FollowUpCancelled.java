package vn.hanoi.gbv.events.followup;

import vn.hanoi.gbv.events.CaseEvent;

/** A planned follow-up will not happen: its case was closed. */
public record FollowUpCancelled(
        String caseId,
        String followUpId,
        String ward) implements CaseEvent {
}

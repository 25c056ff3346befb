package vn.hanoi.gbv.events.followup;

import java.time.Instant;
import vn.hanoi.gbv.events.CaseEvent;
import vn.hanoi.gbv.events.RiskLevel;

/** A follow-up passed its due date without being recorded. Published once per follow-up. */
public record FollowUpOverdue(
        String caseId,
        String followUpId,
        String kind,
        String ward,
        RiskLevel riskLevel,
        Instant dueAt) implements CaseEvent {
}

package vn.hanoi.gbv.events.followup;

import java.time.Instant;
import vn.hanoi.gbv.events.CaseEvent;
import vn.hanoi.gbv.events.RiskLevel;

/**
 * An overdue follow-up stayed unrecorded past the escalation delay and was handed to {@code escalatedTo} (a
 * role, e.g. SUPERVISOR). Published once per follow-up and step.
 */
public record FollowUpEscalated(
        String caseId,
        String followUpId,
        String kind,
        String ward,
        RiskLevel riskLevel,
        Instant dueAt,
        String escalatedTo) implements CaseEvent {
}

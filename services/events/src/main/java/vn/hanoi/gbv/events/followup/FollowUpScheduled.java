package vn.hanoi.gbv.events.followup;

import java.time.Instant;
import vn.hanoi.gbv.events.CaseEvent;
import vn.hanoi.gbv.events.RiskLevel;

/** A follow-up of the case was planned, due by the time its risk level allows. */
public record FollowUpScheduled(
        String caseId,
        String followUpId,
        String kind,
        String ward,
        RiskLevel riskLevel,
        Instant dueAt) implements CaseEvent {
}

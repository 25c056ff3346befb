package vn.hanoi.gbv.followup.followups.adapters.web;

import java.time.Instant;
import vn.hanoi.gbv.events.RiskLevel;
import vn.hanoi.gbv.followup.followups.domain.FollowUp;
import vn.hanoi.gbv.followup.followups.domain.FollowUpKind;
import vn.hanoi.gbv.followup.followups.domain.FollowUpStatus;

/** A follow-up as lists show it: never the notes. */
record FollowUpView(
        String id,
        String caseId,
        FollowUpKind kind,
        String ward,
        RiskLevel riskLevel,
        Instant dueAt,
        FollowUpStatus status,
        Instant scheduledAt,
        String referralId,
        Instant overdueAt,
        Instant escalatedAt) {

    static FollowUpView of(FollowUp f) {
        return new FollowUpView(f.id(), f.caseId(), f.kind(), f.ward(), f.riskLevel(), f.dueAt(), f.status(),
                f.scheduledAt(), f.referralId(), f.overdueAt(), f.escalatedAt());
    }
}

package vn.hanoi.gbv.followup.followups.domain;

import java.time.Instant;

/** What the plan rules decided: which check, under which id, due when. */
public record PlannedCheck(String id, FollowUpKind kind, Instant dueAt) {
}

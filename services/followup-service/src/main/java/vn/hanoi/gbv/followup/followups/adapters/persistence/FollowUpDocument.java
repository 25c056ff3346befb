package vn.hanoi.gbv.followup.followups.adapters.persistence;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;
import vn.hanoi.gbv.events.RiskLevel;
import vn.hanoi.gbv.followup.followups.domain.FollowUpKind;
import vn.hanoi.gbv.followup.followups.domain.FollowUpStatus;

/**
 * A follow-up as stored. The document's {@code outbox} field, written by the platform's aggregate store, holds
 * its unpublished events.
 */
@Document("followups")
record FollowUpDocument(
        @Id String id,
        long version,
        @Indexed String caseId,
        FollowUpKind kind,
        String ward,
        RiskLevel riskLevel,
        Instant dueAt,
        FollowUpStatus status,
        Instant scheduledAt) {
}

package vn.hanoi.gbv.followup.followups.adapters.persistence;

import java.time.Instant;
import java.util.Set;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;
import vn.hanoi.gbv.events.Need;
import vn.hanoi.gbv.events.RiskLevel;
import vn.hanoi.gbv.events.followup.ContactChannel;
import vn.hanoi.gbv.followup.followups.domain.FollowUpKind;
import vn.hanoi.gbv.followup.followups.domain.FollowUpStatus;
import vn.hanoi.gbv.followup.followups.domain.RiskIndicator;

/**
 * A follow-up as stored. The document's {@code outbox} field, written by the platform's aggregate store, holds
 * its unpublished events. The recording's notes are ciphertext ({@code keyId:...}), never plain text.
 */
@Document("followups")
// Worklists and the overdue watch ask for open follow-ups of a ward (or all), by due date.
@CompoundIndex(name = "open_by_ward_due", def = "{'status': 1, 'ward': 1, 'dueAt': 1}")
record FollowUpDocument(
        @Id String id,
        long version,
        @Indexed String caseId,
        FollowUpKind kind,
        String ward,
        RiskLevel riskLevel,
        Instant dueAt,
        FollowUpStatus status,
        Instant scheduledAt,
        String referralId,
        Instant overdueAt,
        Instant escalatedAt,
        Instant cancelledAt,
        RecordingDocument recording) {

    record RecordingDocument(
            boolean contactMade,
            ContactChannel channel,
            Boolean survivorSafe,
            RiskLevel riskLevel,
            Set<RiskIndicator> indicators,
            Set<Need> servicesReceived,
            Set<Need> newNeeds,
            String encryptedNotes,
            Instant requestedNext,
            String recordedBy,
            Instant recordedAt,
            String nextFollowUpId) {
    }
}

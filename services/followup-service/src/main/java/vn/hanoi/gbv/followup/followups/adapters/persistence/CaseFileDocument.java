package vn.hanoi.gbv.followup.followups.adapters.persistence;

import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.mapping.Field;
import vn.hanoi.gbv.events.RiskLevel;
import vn.hanoi.gbv.events.followup.ClosureCause;
import vn.hanoi.gbv.events.followup.ReopenCause;
import vn.hanoi.gbv.followup.followups.domain.CaseFileStatus;

/**
 * A case file as stored, with its outbox. Explanations and comments are ciphertext: people write names and
 * places into free text whatever the form says.
 */
@Document("casefiles")
record CaseFileDocument(
        @Id String id,
        long version,
        String ward,
        RiskLevel riskLevel,
        CaseFileStatus status,
        // Written even when null: an update $sets the fields it has, and a decided request must not linger.
        @Field(write = Field.Write.ALWAYS) RequestDocument pendingClosure,
        List<DecisionDocument> decisions,
        List<ReopeningDocument> reopenings,
        Instant openedAt) {

    record RequestDocument(ClosureCause cause, String encryptedExplanation, String requestedBy, Instant requestedAt) {
    }

    record DecisionDocument(RequestDocument request, boolean approved, String encryptedComment, String decidedBy,
            Instant decidedAt) {
    }

    record ReopeningDocument(ReopenCause cause, String encryptedExplanation, String reopenedBy, Instant reopenedAt) {
    }
}

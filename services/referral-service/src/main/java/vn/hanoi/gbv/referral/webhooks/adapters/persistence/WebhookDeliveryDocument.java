package vn.hanoi.gbv.referral.webhooks.adapters.persistence;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.CompoundIndexes;
import org.springframework.data.mongodb.core.mapping.Document;
import vn.hanoi.gbv.referral.webhooks.domain.WebhookDelivery;

/**
 * A delivery as stored. The id derives from the event and the agency, so the unique {@code _id} is what keeps one
 * delivery per event and agency however often the event is read.
 */
@Document("webhook_deliveries")
@CompoundIndexes({
        // The timer: pending deliveries by when they are due.
        @CompoundIndex(name = "status_next_attempt", def = "{'status': 1, 'nextAttemptAt': 1}"),
        // The administrator's list: by status, newest first.
        @CompoundIndex(name = "status_newest", def = "{'status': 1, 'createdAt': -1}")})
record WebhookDeliveryDocument(
        @Id String id,
        long version,
        String eventId,
        String eventType,
        Instant occurredAt,
        String caseId,
        String referralId,
        String agencyId,
        String body,
        WebhookDelivery.Status status,
        int attempts,
        Instant createdAt,
        Instant nextAttemptAt,
        Instant lastAttemptAt,
        String lastOutcome,
        Instant deliveredAt,
        Instant parkedAt,
        int replays,
        String replayedBy,
        Instant replayedAt) {

    @Override
    public String toString() {
        return "WebhookDeliveryDocument[" + id + " " + status + "]";
    }
}

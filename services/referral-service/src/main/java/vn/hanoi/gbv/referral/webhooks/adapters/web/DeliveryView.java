package vn.hanoi.gbv.referral.webhooks.adapters.web;

import vn.hanoi.gbv.referral.webhooks.domain.WebhookDelivery;

/**
 * A delivery as an administrator sees it: what was sent to whom and how it went. Not the body: an administrator
 * manages the plumbing, not cases.
 */
record DeliveryView(
        String id,
        String eventId,
        String eventType,
        java.time.Instant occurredAt,
        String caseId,
        String referralId,
        String agencyId,
        WebhookDelivery.Status status,
        int attempts,
        java.time.Instant createdAt,
        java.time.Instant nextAttemptAt,
        java.time.Instant lastAttemptAt,
        String lastOutcome,
        java.time.Instant deliveredAt,
        java.time.Instant parkedAt,
        int replays,
        String replayedBy,
        java.time.Instant replayedAt) {

    static DeliveryView of(WebhookDelivery delivery) {
        WebhookDelivery.Snapshot s = delivery.snapshot();
        return new DeliveryView(s.id(), s.eventId(), s.eventType(), s.occurredAt(), s.caseId(), s.referralId(),
                s.agencyId(), s.status(), s.attempts(), s.createdAt(), s.nextAttemptAt(), s.lastAttemptAt(),
                s.lastOutcome(), s.deliveredAt(), s.parkedAt(), s.replays(), s.replayedBy(), s.replayedAt());
    }
}

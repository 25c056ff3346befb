package vn.hanoi.gbv.referral.webhooks.domain;

import java.time.Instant;
import vn.hanoi.gbv.platform.domain.Conflict;
import vn.hanoi.gbv.platform.domain.DeterministicIds;

/**
 * One referral event to be pushed to one agency's webhook, and how that went: PENDING (waiting for its next try)
 * → DELIVERED (the agency answered 2xx), or PARKED after the last failed try (or when the agency's webhook was
 * switched off meanwhile). An administrator may replay a parked delivery: it starts again with a fresh schedule.
 *
 * <p>{@code body} is the exact JSON sent, prepared once, so every try and every replay sends the same document
 * (only the signature's timestamp changes). {@code lastOutcome} is a status code or an error class, never the
 * partner's answer, which could say anything.
 */
public class WebhookDelivery {

    public enum Status { PENDING, DELIVERED, PARKED }

    /** Every stored field, for the repository to save and restore. */
    public record Snapshot(
            String id, String eventId, String eventType, Instant occurredAt, String caseId, String referralId,
            String agencyId, String body, Status status, int attempts, Instant createdAt, Instant nextAttemptAt,
            Instant lastAttemptAt, String lastOutcome, Instant deliveredAt, Instant parkedAt, int replays,
            String replayedBy, Instant replayedAt, long version) {

        @Override
        public String toString() {
            return "WebhookDelivery.Snapshot[" + id + " " + status + "]";
        }
    }

    private Snapshot s;

    private WebhookDelivery(Snapshot snapshot) {
        this.s = snapshot;
    }

    public static WebhookDelivery restore(Snapshot snapshot) {
        return new WebhookDelivery(snapshot);
    }

    public Snapshot snapshot() {
        return s;
    }

    /**
     * One delivery per event and agency: the id derives from the two, so an event delivered twice by Kafka (or
     * read again after a restart) finds its delivery already there.
     */
    public static String idFor(String eventId, String agencyId) {
        return DeterministicIds.from("webhook", eventId, agencyId);
    }

    /** A delivery ready for its first try, now. */
    public static WebhookDelivery prepare(String id, String eventId, String eventType, Instant occurredAt,
            String caseId, String referralId, String agencyId, String body, Instant now) {
        return new WebhookDelivery(new Snapshot(id, eventId, eventType, occurredAt, caseId, referralId, agencyId,
                body, Status.PENDING, 0, now, now, null, null, null, null, 0, null, null, 0));
    }

    /**
     * Counts a try that starts now, and sets when the next one is due should this one fail or never report (the
     * service stopping mid-request): saved before the request is sent, so a crash leads to a retry, not a loss.
     */
    public void startAttempt(RetrySchedule schedule, Instant now) {
        requirePending();
        int attempt = s.attempts() + 1;
        // After the last try there is no next one; should it never report, the pass parks it at that time.
        Instant next = now.plus(schedule.delayAfter(attempt).orElse(schedule.delays().get(schedule.delays().size() - 1)));
        s = copy(Status.PENDING, attempt, next, now, s.lastOutcome(), null, null);
    }

    /** The agency's system took it (2xx). */
    public void delivered(String outcome, Instant now) {
        requirePending();
        s = copy(Status.DELIVERED, s.attempts(), null, s.lastAttemptAt(), outcome, now, null);
    }

    /** The try failed: it waits for the next one, or is parked when this was the last. */
    public void failed(String outcome, RetrySchedule schedule, Instant now) {
        requirePending();
        if (s.attempts() >= schedule.maxAttempts()) {
            park(outcome, now);
        } else {
            s = copy(Status.PENDING, s.attempts(), s.nextAttemptAt(), s.lastAttemptAt(), outcome, null, null);
        }
    }

    /** Due again after the last try never reported back: it counts as failed. */
    public boolean lastAttemptNeverReported(RetrySchedule schedule) {
        return s.status() == Status.PENDING && s.attempts() >= schedule.maxAttempts();
    }

    /** Given up on for now (tries used up, or nowhere to send it): for an administrator to look at and replay. */
    public void park(String outcome, Instant now) {
        requirePending();
        s = copy(Status.PARKED, s.attempts(), null, s.lastAttemptAt(), outcome, null, now);
    }

    /** An administrator sends a parked delivery again, with a fresh schedule of tries starting now. */
    public void replay(String administrator, Instant now) {
        if (s.status() != Status.PARKED) {
            throw new Conflict("problem.webhook.replay-parked-only", s.status());
        }
        s = new Snapshot(s.id(), s.eventId(), s.eventType(), s.occurredAt(), s.caseId(), s.referralId(),
                s.agencyId(), s.body(), Status.PENDING, 0, s.createdAt(), now, s.lastAttemptAt(), s.lastOutcome(),
                null, null, s.replays() + 1, administrator, now, s.version());
    }

    private void requirePending() {
        if (s.status() != Status.PENDING) {
            throw new IllegalStateException("Delivery " + s.id() + " is " + s.status());
        }
    }

    private Snapshot copy(Status status, int attempts, Instant nextAttemptAt, Instant lastAttemptAt,
            String lastOutcome, Instant deliveredAt, Instant parkedAt) {
        return new Snapshot(s.id(), s.eventId(), s.eventType(), s.occurredAt(), s.caseId(), s.referralId(),
                s.agencyId(), s.body(), status, attempts, s.createdAt(), nextAttemptAt, lastAttemptAt, lastOutcome,
                deliveredAt, parkedAt, s.replays(), s.replayedBy(), s.replayedAt(), s.version());
    }

    public String id() {
        return s.id();
    }

    public String eventId() {
        return s.eventId();
    }

    public String eventType() {
        return s.eventType();
    }

    public String agencyId() {
        return s.agencyId();
    }

    public String referralId() {
        return s.referralId();
    }

    public String caseId() {
        return s.caseId();
    }

    public String body() {
        return s.body();
    }

    public Status status() {
        return s.status();
    }

    public int attempts() {
        return s.attempts();
    }

    public Instant nextAttemptAt() {
        return s.nextAttemptAt();
    }

    public String lastOutcome() {
        return s.lastOutcome();
    }

    public long version() {
        return s.version();
    }

    @Override
    public String toString() {
        // Ids and state only: the body stays out of logs.
        return "WebhookDelivery[" + id() + " " + eventType() + " to " + agencyId() + " " + status() + "]";
    }
}

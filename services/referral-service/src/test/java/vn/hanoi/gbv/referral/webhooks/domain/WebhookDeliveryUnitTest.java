package vn.hanoi.gbv.referral.webhooks.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.hanoi.gbv.platform.domain.Conflict;

class WebhookDeliveryUnitTest {

    static final RetrySchedule DEFAULT = new RetrySchedule(List.of(Duration.ofMinutes(1), Duration.ofMinutes(5),
            Duration.ofMinutes(30), Duration.ofHours(2), Duration.ofHours(6)));
    static final Instant T0 = Instant.parse("2026-03-08T01:00:00Z");

    static WebhookDelivery prepared() {
        return WebhookDelivery.prepare(WebhookDelivery.idFor("event-1", "police-hoan-kiem"), "event-1",
                "ReferralCreated", T0, "case-1", "referral-1", "police-hoan-kiem", "{}", T0);
    }

    @Test
    void oneDeliveryPerEventAndAgency() {
        assertThat(WebhookDelivery.idFor("e", "a")).isEqualTo(WebhookDelivery.idFor("e", "a"))
                .isNotEqualTo(WebhookDelivery.idFor("e", "b"));
    }

    @Test
    void triesAtOnceThenAfterEachDelayAndParksAfterTheLast() {
        WebhookDelivery delivery = prepared();
        assertThat(delivery.nextAttemptAt()).isEqualTo(T0);
        Instant now = T0;
        List<Duration> expectedWaits = DEFAULT.delays();
        for (int attempt = 1; attempt <= 6; attempt++) {
            delivery.startAttempt(DEFAULT, now);
            delivery.failed("HTTP 500", DEFAULT, now);
            assertThat(delivery.attempts()).isEqualTo(attempt);
            if (attempt < 6) {
                assertThat(delivery.status()).isEqualTo(WebhookDelivery.Status.PENDING);
                assertThat(delivery.nextAttemptAt()).isEqualTo(now.plus(expectedWaits.get(attempt - 1)));
                now = delivery.nextAttemptAt();
            }
        }
        assertThat(delivery.status()).isEqualTo(WebhookDelivery.Status.PARKED);
        assertThat(delivery.nextAttemptAt()).isNull();
        assertThat(delivery.lastOutcome()).isEqualTo("HTTP 500");
    }

    @Test
    void aReplayStartsAParkedDeliveryAfreshAndOnlyAParkedOne() {
        WebhookDelivery delivery = prepared();
        delivery.park("webhook-disabled", T0);
        Instant later = T0.plus(Duration.ofDays(2));

        delivery.replay("admin", later);

        assertThat(delivery.status()).isEqualTo(WebhookDelivery.Status.PENDING);
        assertThat(delivery.attempts()).isZero();
        assertThat(delivery.nextAttemptAt()).isEqualTo(later);
        assertThat(delivery.snapshot().replays()).isEqualTo(1);
        assertThat(delivery.snapshot().replayedBy()).isEqualTo("admin");
        assertThatThrownBy(() -> delivery.replay("admin", later)).isInstanceOf(Conflict.class);

        delivery.startAttempt(DEFAULT, later);
        delivery.delivered("HTTP 204", later);
        assertThat(delivery.status()).isEqualTo(WebhookDelivery.Status.DELIVERED);
        assertThatThrownBy(() -> delivery.replay("admin", later)).isInstanceOf(Conflict.class);
    }

    @Test
    void aLastTryThatNeverReportedBackIsRecognisedWhenDueAgain() {
        WebhookDelivery delivery = prepared();
        for (int attempt = 1; attempt < 6; attempt++) {
            delivery.startAttempt(DEFAULT, T0);
            delivery.failed("timeout", DEFAULT, T0);
        }
        assertThat(delivery.lastAttemptNeverReported(DEFAULT)).isFalse();
        delivery.startAttempt(DEFAULT, T0); // the service stops here, mid-request
        assertThat(delivery.lastAttemptNeverReported(DEFAULT)).isTrue();
        assertThat(delivery.nextAttemptAt()).isAfter(T0);
    }

    @Test
    void theScheduleNeedsPositiveDelays() {
        assertThatThrownBy(() -> new RetrySchedule(List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RetrySchedule(List.of(Duration.ZERO))).isInstanceOf(IllegalArgumentException.class);
        assertThat(DEFAULT.maxAttempts()).isEqualTo(6);
    }
}

package vn.hanoi.gbv.referral.webhooks.domain;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * When a failed delivery is tried again: the first try at once, then after each delay in turn (by default 1 min,
 * 5 min, 30 min, 2 h, 6 h). A delivery that fails its last try is parked for an administrator.
 */
public record RetrySchedule(List<Duration> delays) {

    public RetrySchedule {
        if (delays == null || delays.isEmpty() || delays.stream().anyMatch(d -> d == null || d.isNegative() || d.isZero())) {
            throw new IllegalArgumentException("Webhook retry delays must be a non-empty list of positive durations");
        }
        delays = List.copyOf(delays);
    }

    /** Tries in all: the first one and one per delay. */
    public int maxAttempts() {
        return delays.size() + 1;
    }

    /** How long to wait after failed try number {@code attempt} (1-based); empty after the last one. */
    public Optional<Duration> delayAfter(int attempt) {
        return attempt >= 1 && attempt <= delays.size() ? Optional.of(delays.get(attempt - 1)) : Optional.empty();
    }
}

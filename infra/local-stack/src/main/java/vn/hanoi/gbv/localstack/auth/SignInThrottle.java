package vn.hanoi.gbv.localstack.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts failed sign-ins per user name and per client address over a sliding window, and says how long a further
 * attempt must wait once either has failed too often. In memory: this server is one process, and a restart that
 * forgets the counts also forgets every token it issued.
 */
final class SignInThrottle {

    private static final int MAX_TRACKED = 10_000;

    private final SignInProperties properties;
    private final Clock clock;
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    SignInThrottle(SignInProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
    }

    /** How long {@code username} from {@code address} must wait, or empty if it may try now. */
    Optional<Duration> waitFor(String username, String address) {
        Instant now = clock.instant();
        Optional<Duration> user = waitFor(userKey(username), properties.maxFailuresPerUser(), now);
        Optional<Duration> from = waitFor(addressKey(address), properties.maxFailuresPerAddress(), now);
        if (user.isPresent() && from.isPresent()) {
            return Optional.of(user.get().compareTo(from.get()) > 0 ? user.get() : from.get());
        }
        return user.isPresent() ? user : from;
    }

    void failed(String username, String address) {
        Instant now = clock.instant();
        if (failures.size() > MAX_TRACKED) {
            failures.values().removeIf(times -> {
                synchronized (times) {
                    prune(times, now);
                    return times.isEmpty();
                }
            });
        }
        record(userKey(username), now);
        record(addressKey(address), now);
    }

    /** A successful sign-in clears the name's failures (not the address's: others may be guessing from there). */
    void succeeded(String username) {
        failures.remove(userKey(username));
    }

    private Optional<Duration> waitFor(String key, int max, Instant now) {
        Deque<Instant> times = failures.get(key);
        if (times == null) {
            return Optional.empty();
        }
        synchronized (times) {
            prune(times, now);
            if (times.size() < max) {
                return Optional.empty();
            }
            // Free again when enough of the failures have left the window.
            Instant freed = times.stream().skip(times.size() - max).findFirst().orElseThrow()
                    .plus(properties.window());
            return Optional.of(Duration.between(now, freed).plusSeconds(1));
        }
    }

    private void record(String key, Instant now) {
        Deque<Instant> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (times) {
            prune(times, now);
            times.addLast(now);
        }
    }

    private void prune(Deque<Instant> times, Instant now) {
        Instant oldest = now.minus(properties.window());
        while (!times.isEmpty() && !times.peekFirst().isAfter(oldest)) {
            times.removeFirst();
        }
    }

    private static String userKey(String username) {
        return "user:" + (username == null ? "" : username.strip().toLowerCase(Locale.ROOT));
    }

    private static String addressKey(String address) {
        return "address:" + address;
    }
}

package vn.hanoi.gbv.platform.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * A service's clock, moved forward when a test says so: lets a test reach a deadline (an SLA, a verification
 * deadline, an overdue follow-up) without waiting for it. Every integration test of a service shares the one
 * context (and so this one clock); the service's test base class puts it back after each test.
 */
public final class MutableClock extends Clock {

    /**
     * Ticks in milliseconds like the services' own clock (MessagingConfiguration's default), because MongoDB
     * stores instants in milliseconds: a test then reads back exactly the instants the service answered with.
     * Fixed here rather than wrapping the service's clock bean, which backs off once this clock is declared.
     */
    private final Clock base = Clock.tickMillis(ZoneOffset.UTC);
    private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

    public void advance(Duration by) {
        offset.updateAndGet(current -> current.plus(by));
    }

    public void reset() {
        offset.set(Duration.ZERO);
    }

    @Override
    public Instant instant() {
        return base.instant().plus(offset.get());
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    /** The same moving instant seen in another zone, so code that asks for a zone still follows the test. */
    @Override
    public Clock withZone(ZoneId zone) {
        MutableClock moved = this;
        return new Clock() {
            @Override
            public Instant instant() {
                return moved.instant();
            }

            @Override
            public ZoneId getZone() {
                return zone;
            }

            @Override
            public Clock withZone(ZoneId other) {
                return moved.withZone(other);
            }
        };
    }

    /**
     * Imported by a service's test base class. Not a {@code @Configuration} (component scanning would find it in
     * every context) and not a nested test configuration (it would make each test class a context of its own).
     * Being a Clock, it replaces the platform's default clock, which backs off when a Clock bean exists.
     */
    public static class Beans {

        @Bean
        @Primary
        MutableClock mutableClock() {
            return new MutableClock();
        }
    }
}

package vn.hanoi.gbv.intake.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The service's own clock, moved forward when a test says so: lets a test reach a deadline without waiting for
 * it. Every integration test shares the one context (and so this one clock); the base class puts it back after
 * each test.
 */
public final class MutableClock extends Clock {

    private final Clock service;
    private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

    MutableClock(Clock service) {
        this.service = service;
    }

    public void advance(Duration by) {
        offset.updateAndGet(current -> current.plus(by));
    }

    public void reset() {
        offset.set(Duration.ZERO);
    }

    @Override
    public Instant instant() {
        return service.instant().plus(offset.get());
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

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
     * Imported by the base class. Not a {@code @Configuration} (component scanning would find it in every
     * context) and not a nested test configuration (it would make each test class a context of its own).
     */
    public static class Beans {

        /** Wraps the clock the service declares (bean "clock"), so tests keep its precision. */
        @Bean
        @Primary
        MutableClock mutableClock(@Qualifier("clock") Clock service) {
            return new MutableClock(service);
        }
    }
}

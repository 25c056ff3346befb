package vn.hanoi.gbv.intake.config;

import java.time.Clock;
import java.time.ZoneOffset;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The service's clock ticks in milliseconds, the precision MongoDB stores instants with. With the system clock's
 * microseconds, a case was answered at registration with a {@code registeredAt} that later reads (and list
 * filters) did not match, because the stored value had lost its last digits. Replaces the platform's default
 * {@code Clock.systemUTC()} (which backs off when a service declares its own).
 */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    @Bean
    Clock clock() {
        return Clock.tickMillis(ZoneOffset.UTC);
    }
}

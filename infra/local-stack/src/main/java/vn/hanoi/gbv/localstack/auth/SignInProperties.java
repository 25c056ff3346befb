package vn.hanoi.gbv.localstack.auth;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How many failed sign-ins are tolerated before further attempts wait ({@code gbv.authserver.sign-in.*}).
 *
 * @param maxFailuresPerUser    failures of one user name within {@code window} (known or not: the answer must not
 *                              tell which) before that name is refused until the window has passed
 * @param maxFailuresPerAddress failures from one client address, over any names, within {@code window}: guessing
 *                              across many names from one place is stopped too
 * @param window                how long a failure counts
 */
@ConfigurationProperties("gbv.authserver.sign-in")
public record SignInProperties(
        @DefaultValue("5") int maxFailuresPerUser,
        @DefaultValue("20") int maxFailuresPerAddress,
        @DefaultValue("15m") Duration window) {
}

package vn.hanoi.gbv.intake.config;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param verificationDeadline how long a registered case may wait for ward verification before it escalates
 */
@ConfigurationProperties("gbv.intake")
public record IntakeProperties(@DefaultValue("24h") Duration verificationDeadline) {
}

package vn.hanoi.gbv.followup.config;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How soon a safety check is due, by the case's risk level: the first one after the case is verified (or
 * registered in immediate danger), and each next one after a recorded follow-up. The defaults are the
 * programme's working standard; a province may shorten them without a release.
 */
@ConfigurationProperties("gbv.followup.first-check-due")
public record FirstCheckDueProperties(
        @DefaultValue("24h") Duration immediateDanger,
        @DefaultValue("72h") Duration high,
        @DefaultValue("7d") Duration medium,
        @DefaultValue("14d") Duration low) {
}

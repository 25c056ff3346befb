package vn.hanoi.gbv.followup.config;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import vn.hanoi.gbv.followup.followups.domain.FollowUpPlanPolicy;

/**
 * How soon after a referral is accepted the first safety check is due, by the case's risk level. The defaults
 * are the programme's working standard; a province may shorten them without a release.
 */
@ConfigurationProperties("gbv.followup.first-check-due")
public record FirstCheckDueProperties(
        @DefaultValue("24h") Duration immediateDanger,
        @DefaultValue("72h") Duration high,
        @DefaultValue("7d") Duration medium,
        @DefaultValue("14d") Duration low) {

    public FollowUpPlanPolicy toPolicy() {
        return new FollowUpPlanPolicy(immediateDanger, high, medium, low);
    }
}

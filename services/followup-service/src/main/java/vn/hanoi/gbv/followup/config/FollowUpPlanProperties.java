package vn.hanoi.gbv.followup.config;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The plan's other deadlines.
 *
 * @param serviceReceivedCheck after an agency accepts a referral, when to check the survivor got the service
 * @param referralOutcomeCheck after a referral is completed or declined, when to check what she still needs
 * @param escalateAfter        how long an overdue follow-up may stay unrecorded before a supervisor is told
 */
@ConfigurationProperties("gbv.followup.plan")
public record FollowUpPlanProperties(
        @DefaultValue("7d") Duration serviceReceivedCheck,
        @DefaultValue("3d") Duration referralOutcomeCheck,
        @DefaultValue("24h") Duration escalateAfter) {
}

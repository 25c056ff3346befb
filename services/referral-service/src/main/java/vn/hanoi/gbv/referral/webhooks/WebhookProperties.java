package vn.hanoi.gbv.referral.webhooks;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import vn.hanoi.gbv.referral.webhooks.domain.RetrySchedule;

/**
 * Partner webhooks. The secrets are not here (this record may be printed): each is read when a delivery is signed,
 * from {@code gbv.referral.webhooks.secrets.<secret-ref>} (environment:
 * {@code GBV_REFERRAL_WEBHOOKS_SECRETS_<SECRET_REF>}, dashes as underscores), the secret-ref being the agency id
 * unless the directory names another.
 *
 * @param allowHttp      accept plain-http webhook URLs: only for the local stack and tests, never in production
 * @param retryDelays    the waits between tries; a delivery failing the try after the last wait is parked
 * @param connectTimeout how long to wait for the agency's server to accept the connection
 * @param readTimeout    how long to wait for its answer
 * @param checkInterval  how often the timer sends what is due (each instance; one acts at a time)
 * @param consumerGroup  the Kafka consumer group reading {@code gbv.referral.events} for deliveries: its own, so
 *                       deliveries keep their own offsets and never hold up routing
 */
@ConfigurationProperties("gbv.referral.webhooks")
public record WebhookProperties(
        @DefaultValue("false") boolean allowHttp,
        @DefaultValue({"1m", "5m", "30m", "2h", "6h"}) List<Duration> retryDelays,
        @DefaultValue("2s") Duration connectTimeout,
        @DefaultValue("5s") Duration readTimeout,
        @DefaultValue("30s") Duration checkInterval,
        @DefaultValue("referral-service-webhooks") String consumerGroup) {

    public RetrySchedule retrySchedule() {
        return new RetrySchedule(retryDelays);
    }
}

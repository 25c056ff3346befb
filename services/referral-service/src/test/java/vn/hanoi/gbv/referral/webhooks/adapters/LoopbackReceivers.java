package vn.hanoi.gbv.referral.webhooks.adapters;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import vn.hanoi.gbv.referral.webhooks.application.WebhookDestinations;

/**
 * For tests whose webhook receiver listens on the loopback address: public addresses and loopback. Test code only;
 * production has no setting that allows any address that is not public.
 */
public class LoopbackReceivers {

    @Bean
    @Primary
    WebhookDestinations loopbackWebhookDestinations() {
        return new WebhookDestinations(java.net.InetAddress::getAllByName, java.net.InetAddress::isLoopbackAddress);
    }
}

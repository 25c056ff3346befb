package vn.hanoi.gbv.referral.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.hanoi.gbv.referral.referrals.domain.AcknowledgementSla;

/** The domain's settings as plain objects. */
@Configuration(proxyBeanMethods = false)
class ReferralConfiguration {

    @Bean
    AcknowledgementSla acknowledgementSla(SlaProperties properties) {
        return properties.acknowledgementSla();
    }
}

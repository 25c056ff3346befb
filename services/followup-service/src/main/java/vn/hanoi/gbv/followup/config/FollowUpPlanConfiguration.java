package vn.hanoi.gbv.followup.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.hanoi.gbv.followup.followups.domain.FollowUpPlanPolicy;

/** The follow-up plan rules, with the deadlines this deployment is configured for. */
@Configuration(proxyBeanMethods = false)
class FollowUpPlanConfiguration {

    @Bean
    FollowUpPlanPolicy followUpPlanPolicy(FirstCheckDueProperties due, FollowUpPlanProperties plan) {
        return new FollowUpPlanPolicy(due.immediateDanger(), due.high(), due.medium(), due.low(),
                plan.serviceReceivedCheck(), plan.referralOutcomeCheck(), plan.escalateAfter());
    }
}

package vn.hanoi.gbv.referral.config;

import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.mongo.MongoLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Timers run on every instance, and a lock in MongoDB lets only one of them act at a time. The lock is not what
 * makes an escalation happen once (the referral records that it escalated, and saves are version-checked); it
 * keeps instances from doing the same work twice. Tests switch the timers off and call the passes directly.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableSchedulerLock(defaultLockAtMostFor = "PT5M")
@ConditionalOnProperty(name = "gbv.scheduling.enabled", havingValue = "true", matchIfMissing = true)
class SchedulingConfiguration {

    @Bean
    LockProvider lockProvider(MongoTemplate mongo) {
        return new MongoLockProvider(mongo.getDb());
    }
}

package vn.hanoi.gbv.platform.scheduling;

import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.mongo.MongoLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Timers run on every instance of a service, and a lock in MongoDB lets only one instance act at a time. The lock
 * is not what makes a timer's work happen once (the aggregates record what was done, and saves are
 * version-checked); it keeps instances from doing the same work twice. Tests switch the timers off with
 * {@code gbv.scheduling.enabled=false} and call the passes directly, at the time their clock says.
 *
 * <p>Only services that put ShedLock on their classpath get this (the platform declares it optional), so a
 * service without timers starts no scheduler. (In the local stack, where all four share one classpath, the audit
 * service gets an idle scheduler and lock too: it has nothing scheduled.)
 */
// After Mongo, for the MongoTemplate. Before Boot's task scheduling: its scheduler is only built when
// @EnableScheduling's processor is already registered, as it was while each service declared this itself.
@AutoConfiguration(
        afterName = "org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration",
        beforeName = "org.springframework.boot.autoconfigure.task.TaskSchedulingAutoConfiguration")
@ConditionalOnClass(MongoLockProvider.class)
@ConditionalOnProperty(name = "gbv.scheduling.enabled", havingValue = "true", matchIfMissing = true)
@EnableScheduling
@EnableSchedulerLock(defaultLockAtMostFor = "PT5M")
public class SchedulingConfiguration {

    @Bean
    LockProvider lockProvider(MongoTemplate mongo) {
        return new MongoLockProvider(mongo.getDb());
    }
}

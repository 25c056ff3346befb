package vn.hanoi.gbv.platform.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.mongo.MongoLockProvider;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.task.TaskSchedulingAutoConfiguration;
import org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration;
import org.springframework.boot.mongodb.autoconfigure.MongoAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.scheduling.config.TaskManagementConfigUtils;

/** The timers' setup the services with timers share, and how a service without timers stays without one. */
class SchedulingConfigurationUnitTest {

    // The Mongo client connects lazily: nothing here talks to a server.
    private final ApplicationContextRunner contexts = new ApplicationContextRunner()
            .withPropertyValues("spring.mongodb.uri=mongodb://127.0.0.1:1/scheduling-test")
            .withConfiguration(AutoConfigurations.of(MongoAutoConfiguration.class, DataMongoAutoConfiguration.class,
                    TaskSchedulingAutoConfiguration.class, SchedulingConfiguration.class));

    @Test
    void timersRunOnBootsSchedulerWithALockInMongo() {
        contexts.run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context.getBean(LockProvider.class)).isInstanceOf(MongoLockProvider.class);
            assertThat(context).hasBean(TaskManagementConfigUtils.SCHEDULED_ANNOTATION_PROCESSOR_BEAN_NAME);
            // Boot's scheduler, as when each service enabled scheduling in its own configuration.
            assertThat(context).hasSingleBean(TaskScheduler.class).hasBean("taskScheduler");
        });
    }

    @Test
    void testsSwitchTheTimersOff() {
        contexts.withPropertyValues("gbv.scheduling.enabled=false").run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context).doesNotHaveBean(LockProvider.class);
            assertThat(context).doesNotHaveBean(TaskManagementConfigUtils.SCHEDULED_ANNOTATION_PROCESSOR_BEAN_NAME);
        });
    }

    @Test
    void aServiceWithoutShedLockGetsNoTimers() {
        contexts.withClassLoader(new FilteredClassLoader(MongoLockProvider.class)).run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context).doesNotHaveBean(LockProvider.class);
            assertThat(context).doesNotHaveBean(TaskManagementConfigUtils.SCHEDULED_ANNOTATION_PROCESSOR_BEAN_NAME);
            assertThat(context).doesNotHaveBean(TaskScheduler.class);
        });
    }
}

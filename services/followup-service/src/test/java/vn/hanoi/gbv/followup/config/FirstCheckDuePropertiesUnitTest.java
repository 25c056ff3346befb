package vn.hanoi.gbv.followup.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class FirstCheckDuePropertiesUnitTest {

    private static FirstCheckDueProperties bind(Map<String, String> settings) {
        return new Binder(new MapConfigurationPropertySource(settings))
                .bindOrCreate("gbv.followup.first-check-due", FirstCheckDueProperties.class);
    }

    @Test
    void withoutSettingsTheProgrammesStandardDeadlinesApply() {
        assertThat(bind(Map.of())).isEqualTo(new FirstCheckDueProperties(Duration.ofHours(24), Duration.ofHours(72),
                Duration.ofDays(7), Duration.ofDays(14)));
    }

    @Test
    void aDeploymentMayShortenADeadline() {
        assertThat(bind(Map.of("gbv.followup.first-check-due.high", "48h")).high()).isEqualTo(Duration.ofHours(48));
    }

    @Test
    void theOtherPlanDeadlinesDefaultToAWeekThreeDaysAndADay() {
        FollowUpPlanProperties plan = new Binder(new MapConfigurationPropertySource(Map.of()))
                .bindOrCreate("gbv.followup.plan", FollowUpPlanProperties.class);
        assertThat(plan).isEqualTo(new FollowUpPlanProperties(Duration.ofDays(7), Duration.ofDays(3),
                Duration.ofHours(24)));
    }
}

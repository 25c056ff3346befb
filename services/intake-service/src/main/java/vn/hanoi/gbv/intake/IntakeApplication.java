package vn.hanoi.gbv.intake;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Intake: counsellors register GBV cases, ward verifiers verify them. The only service that holds survivor
 * identity, encrypted per field.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class IntakeApplication {

    /** Reads {@code intake-service.yml}, so the four services can share one classpath in the local stack. */
    public static SpringApplicationBuilder builder() {
        return new SpringApplicationBuilder(IntakeApplication.class).properties("spring.config.name=intake-service");
    }

    public static void main(String[] args) {
        builder().run(args);
    }
}

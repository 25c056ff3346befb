package vn.hanoi.gbv.audit;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Audit: every event of every service lands, once, on its case's timeline, which supervisors read. Holds no
 * survivor data: events carry none, and no free text is ever copied.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class AuditApplication {

    /** Reads {@code audit-service.yml}, so the four services can share one classpath in the local stack. */
    public static SpringApplicationBuilder builder() {
        return new SpringApplicationBuilder(AuditApplication.class).properties("spring.config.name=audit-service");
    }

    public static void main(String[] args) {
        builder().run(args);
    }
}

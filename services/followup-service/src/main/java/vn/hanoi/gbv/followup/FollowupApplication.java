package vn.hanoi.gbv.followup;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Follow-up: once an agency accepts a referral, the case gets its first safety check, due sooner the higher the
 * survivor's risk. Knows cases only by id, ward and risk level; never the survivor.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class FollowupApplication {

    /** Reads {@code followup-service.yml}, so the four services can share one classpath in the local stack. */
    public static SpringApplicationBuilder builder() {
        return new SpringApplicationBuilder(FollowupApplication.class).properties("spring.config.name=followup-service");
    }

    public static void main(String[] args) {
        builder().run(args);
    }
}

package vn.hanoi.gbv.referral;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Referral: refers each verified case to its ward's People's Committee and to the agencies the survivor
 * consented to (a case in immediate danger to the committee, police and health at once, before verification),
 * and lets those agencies accept or decline. It never holds survivor identity: only the case id,
 * its code and non-identifying attributes arrive here. The free text its users write (decline reasons, and the
 * notes counsellors write for agencies, encrypted at rest) never leaves it in an event or a log.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ReferralApplication {

    /** Reads {@code referral-service.yml}, so the four services can share one classpath in the local stack. */
    public static SpringApplicationBuilder builder() {
        return new SpringApplicationBuilder(ReferralApplication.class).properties("spring.config.name=referral-service");
    }

    public static void main(String[] args) {
        builder().run(args);
    }
}

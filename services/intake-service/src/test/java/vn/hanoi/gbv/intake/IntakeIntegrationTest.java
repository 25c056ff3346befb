package vn.hanoi.gbv.intake;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.hanoi.gbv.platform.testing.TestInfrastructure;

/**
 * Base of intake's integration tests: the real service against the shared in-process Kafka broker and Mongo
 * wire server, with real signed JWTs. Every subclass shares one Spring context.
 */
@SpringBootTest(properties = {
        "spring.config.name=intake-service",
        "gbv.intake.survivor-data.active-key-id=test-1",
        // A test-only key; real keys come from the environment.
        "gbv.intake.survivor-data.keys.test-1=MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=",
        "gbv.intake.survivor-data.index-key=aW5kZXgta2V5LWZvci10ZXN0cy1vbmx5LTAxMjM0NTY=",
        // Tests run the deadline pass themselves, at the time they choose.
        "gbv.scheduling.enabled=false"})
@AutoConfigureMockMvc
public abstract class IntakeIntegrationTest {

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.register(registry, "intake-test");
    }

    protected static String token(String user, String ward, String... roles) {
        return "Bearer " + TestInfrastructure.tokens().forUser(user, ward, null, roles);
    }
}

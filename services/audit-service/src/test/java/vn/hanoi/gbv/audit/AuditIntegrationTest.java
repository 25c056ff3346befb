package vn.hanoi.gbv.audit;

import java.time.Clock;
import java.util.concurrent.TimeUnit;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.json.JsonMapper;
import vn.hanoi.gbv.audit.timeline.domain.DevCheckpointKey;
import vn.hanoi.gbv.platform.messaging.EventEnvelopes;
import vn.hanoi.gbv.platform.testing.TestInfrastructure;

/**
 * Base of audit's integration tests: the real service against the shared in-process Kafka broker and Mongo wire
 * server, with real signed JWTs. Every subclass shares one Spring context.
 */
@SpringBootTest(properties = "spring.config.name=audit-service")
@AutoConfigureMockMvc
public abstract class AuditIntegrationTest {

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.register(registry, "audit-test");
        registry.add("gbv.audit.checkpoint-signing.key-id", () -> DevCheckpointKey.KEY_ID);
        registry.add("gbv.audit.checkpoint-signing.private-key", () -> DevCheckpointKey.PRIVATE_KEY);
        registry.add("gbv.audit.checkpoint-signing.public-key", () -> DevCheckpointKey.PUBLIC_KEY);
    }

    @Autowired
    KafkaTemplate<String, String> kafka;

    @Autowired
    JsonMapper json;

    @Autowired
    Clock clock;

    @Value("${spring.kafka.consumer.group-id}")
    String groupId;

    protected static String token(String user, String ward, String... roles) {
        return "Bearer " + TestInfrastructure.tokens().forUser(user, ward, null, roles);
    }

    /**
     * Envelopes as {@code producer} writes them: the platform's own writer with this context's mapper and clock,
     * named for the service whose events the test plays.
     */
    protected EventEnvelopes envelopesOf(String producer) {
        return new EventEnvelopes(json, clock, producer);
    }

    /** Puts a record on a topic as a producing service's outbox relay would, and waits for the broker's ack. */
    protected void publish(String topic, String key, String value) throws Exception {
        kafka.send(topic, key, value).get(10, TimeUnit.SECONDS);
    }

    /**
     * Waits until this service has consumed (and committed) everything on {@code topics} so far: how a test knows
     * that redelivered events have been handled, so that nothing changing afterwards means something.
     */
    protected void awaitConsumed(String... topics) throws Exception {
        TestInfrastructure.awaitConsumed(groupId, topics);
    }
}

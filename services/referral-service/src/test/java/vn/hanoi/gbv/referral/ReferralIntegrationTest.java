package vn.hanoi.gbv.referral;

import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.hanoi.gbv.events.Actor;
import vn.hanoi.gbv.events.AgencyType;
import vn.hanoi.gbv.events.CaseEvent;
import vn.hanoi.gbv.events.IncidentType;
import vn.hanoi.gbv.events.Need;
import vn.hanoi.gbv.events.RiskLevel;
import vn.hanoi.gbv.events.intake.CaseVerified;
import vn.hanoi.gbv.platform.messaging.EventEnvelopes;
import vn.hanoi.gbv.platform.testing.MutableClock;
import vn.hanoi.gbv.platform.testing.TestInfrastructure;
import vn.hanoi.gbv.referral.support.IntakeStub;

/**
 * Base of referral's integration tests: the real service against the shared in-process Kafka broker and Mongo
 * wire server, with real signed JWTs. Every subclass shares one Spring context, so each test uses its own case
 * ids and looks only at its own records.
 */
@SpringBootTest(properties = {
        "spring.config.name=referral-service",
        // Tests run the SLA pass themselves, at the time they choose (see MutableClock).
        "gbv.scheduling.enabled=false",
        "gbv.referral.notes.active-key-id=test-1",
        // A test-only key for the notes on referrals; real keys come from the environment.
        "gbv.referral.notes.keys.test-1=cmVmZXJyYWwtdGVzdC1ub3Rlcy1rZXktbm90LXNlY3I=",
        // A signing secret an admin may name when switching a test agency's webhook on through the API.
        "gbv.referral.webhooks.secrets.partner-test=partner-test-secret"})
@AutoConfigureMockMvc
@Import(MutableClock.Beans.class)
public abstract class ReferralIntegrationTest {

    protected static final Duration PATIENCE = Duration.ofSeconds(20);
    private static final Actor VERIFIER = new Actor("hoa", "WARD_VERIFIER", "hoan-kiem", null);
    private static KafkaProducer<String, String> producer;

    @Autowired
    protected MockMvc mvc;

    @Autowired
    protected JsonMapper json;

    /** The service's clock; tests may move it forward, and it is put back after each test. */
    @Autowired
    protected MutableClock clock;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.register(registry, "referral-test");
        // Intake and the token endpoint: a JDK HttpServer test double (see IntakeStub for why).
        registry.add("gbv.referral.intake.base-url", () -> IntakeStub.get().baseUrl());
        registry.add("gbv.referral.intake.token-uri", () -> IntakeStub.get().baseUrl() + "/oauth2/token");
        registry.add("gbv.referral.intake.client-id", () -> IntakeStub.CLIENT_ID);
        registry.add("gbv.referral.intake.client-secret", () -> IntakeStub.CLIENT_SECRET);
    }

    @AfterEach
    void putTheClockBack() {
        clock.reset();
    }

    protected static String token(String user, String ward, String agency, String... roles) {
        return "Bearer " + TestInfrastructure.tokens().forUser(user, ward, agency, roles);
    }

    protected static String newCaseId() {
        return UUID.randomUUID().toString();
    }

    protected static CaseVerified verifiedCase(String caseId, String ward, Set<Need> needs,
            Set<AgencyType> consented) {
        return new CaseVerified(caseId, "GBV-" + caseId.substring(0, 8).toUpperCase(Locale.ROOT), ward,
                IncidentType.PHYSICAL_ASSAULT, RiskLevel.HIGH, needs, consented);
    }

    /**
     * The envelope exactly as intake's outbox would put it on the topic: the platform's own writer with this
     * context's JSON mapper, naming intake as the producer.
     */
    protected String envelopeOf(CaseEvent event) {
        return new EventEnvelopes(json, Clock.systemUTC(), "intake-service").toOutbox(event, VERIFIER).payload();
    }

    /** Publishes one record and waits for the broker's acknowledgement. */
    protected static void publish(String topic, String key, String value) {
        try {
            producer().send(new ProducerRecord<>(topic, key, value)).get(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("could not publish to " + topic, e);
        }
    }

    private static synchronized KafkaProducer<String, String> producer() {
        if (producer == null) {
            producer = new KafkaProducer<>(Map.of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.kafkaBootstrapServers(),
                    ProducerConfig.LINGER_MS_CONFIG, 0),
                    new StringSerializer(), new StringSerializer());
        }
        return producer;
    }

    /**
     * Reads a topic from its beginning, with a consumer of no group, until at least {@code count} records match;
     * returns the matching ones.
     */
    protected static List<ConsumerRecord<String, String>> awaitRecords(String topic,
            Predicate<ConsumerRecord<String, String>> matching, int count) {
        List<ConsumerRecord<String, String>> found = new ArrayList<>();
        try (var consumer = new KafkaConsumer<>(Map.<String, Object>of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.kafkaBootstrapServers(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false),
                new StringDeserializer(), new StringDeserializer())) {
            await().atMost(PATIENCE).until(() -> !consumer.partitionsFor(topic).isEmpty());
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(info -> new TopicPartition(topic, info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            await().atMost(PATIENCE).until(() -> {
                consumer.poll(Duration.ofMillis(100)).forEach(record -> {
                    if (matching.test(record)) {
                        found.add(record);
                    }
                });
                return found.size() >= count;
            });
        }
        return found;
    }

    /**
     * Every record of a topic that matches, from its beginning up to its end as it is now: for counting what has
     * been published once the publishing is known to be over.
     */
    protected static List<ConsumerRecord<String, String>> recordsSoFar(String topic,
            Predicate<ConsumerRecord<String, String>> matching) {
        List<ConsumerRecord<String, String>> found = new ArrayList<>();
        try (var consumer = new KafkaConsumer<>(Map.<String, Object>of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.kafkaBootstrapServers(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false),
                new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(info -> new TopicPartition(topic, info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            await().atMost(PATIENCE).until(() -> {
                consumer.poll(Duration.ofMillis(100)).forEach(record -> {
                    var partition = new TopicPartition(record.topic(), record.partition());
                    if (record.offset() < end.get(partition) && matching.test(record)) {
                        found.add(record);
                    }
                });
                return partitions.stream().allMatch(partition -> consumer.position(partition) >= end.get(partition));
            });
        }
        return found;
    }

    /** Matches a record whose envelope has this type and case. */
    protected Predicate<ConsumerRecord<String, String>> event(String type, String caseId) {
        return record -> {
            try {
                JsonNode envelope = json.readTree(record.value());
                return type.equals(envelope.path("type").asString())
                        && caseId.equals(envelope.path("caseId").asString());
            } catch (tools.jackson.core.JacksonException notAnEnvelope) {
                return false;
            }
        };
    }
}

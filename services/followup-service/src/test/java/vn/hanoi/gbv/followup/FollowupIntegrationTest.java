package vn.hanoi.gbv.followup;

import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import java.util.Set;
import vn.hanoi.gbv.events.Actor;
import vn.hanoi.gbv.events.AgencyType;
import vn.hanoi.gbv.events.IncidentType;
import vn.hanoi.gbv.events.Need;
import vn.hanoi.gbv.events.RiskLevel;
import vn.hanoi.gbv.events.intake.CaseVerified;
import vn.hanoi.gbv.events.CaseEvent;
import vn.hanoi.gbv.events.Topics;
import vn.hanoi.gbv.platform.messaging.EventEnvelopes;
import vn.hanoi.gbv.platform.messaging.OutboxMessage;
import vn.hanoi.gbv.platform.testing.MutableClock;
import vn.hanoi.gbv.platform.testing.TestInfrastructure;

/**
 * Base of follow-up's integration tests: the real service against the shared in-process Kafka broker and Mongo
 * wire server, with real signed JWTs. Every subclass shares one Spring context.
 */
@SpringBootTest(properties = {
        "spring.config.name=followup-service",
        "gbv.followup.notes.active-key-id=test-1",
        // A test-only key; real keys come from the environment.
        "gbv.followup.notes.keys.test-1=MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=",
        // Tests run the overdue pass themselves, at the time they choose.
        "gbv.scheduling.enabled=false"})
@AutoConfigureMockMvc
@Import(MutableClock.Beans.class)
public abstract class FollowupIntegrationTest {

    protected static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    protected MockMvc mvc;

    @Autowired
    protected MongoTemplate mongo;

    @Autowired
    protected EventEnvelopes envelopes;

    /** The service's clock; tests may move it forward, and it is put back after each test. */
    @Autowired
    protected MutableClock clock;

    @AfterEach
    void putTheClockBack() {
        clock.reset();
    }

    /** A ward of the test's own, so worklists hold only what the test put there. */
    protected static String newWard() {
        return "ward-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /**
     * Puts another service's event on its topic, caused by {@code actor}, and waits for the broker's ack. The
     * envelope names the topic's owner as producer, as that service's outbox would: follow-up refuses any other.
     */
    protected OutboxMessage publish(CaseEvent event, Actor actor) throws Exception {
        String producer = vn.hanoi.gbv.events.Topics.ownerOf(vn.hanoi.gbv.events.EventCatalog.of(event).topic())
                .orElseThrow();
        OutboxMessage message = new EventEnvelopes(JSON, clock, producer).toOutbox(event, actor);
        publish(message);
        return message;
    }

    /** Intake verified a new case of {@code ward}; returns its id once its first safety check is planned. */
    protected String verifiedCase(String ward, RiskLevel riskLevel) throws Exception {
        String caseId = UUID.randomUUID().toString();
        publish(new CaseVerified(caseId, "HN-T", ward, IncidentType.PHYSICAL_ASSAULT, riskLevel,
                Set.of(Need.MEDICAL), Set.of(AgencyType.HEALTH)), new Actor("hoa", "WARD_VERIFIER", ward, null));
        awaitFollowUps(caseId, 1);
        return caseId;
    }

    /** The case's follow-ups as a supervisor reads them, once there are at least {@code count}. */
    protected JsonNode awaitFollowUps(String caseId, int count) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> JSON.readTree(mvc.perform(get("/api/followups")
                        .param("caseId", caseId).header(HttpHeaders.AUTHORIZATION, token("supervisor", null, "SUPERVISOR")))
                        .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8)),
                body -> body.size() >= count);
    }

    protected static JsonNode json(MvcResult result) throws Exception {
        return JSON.readTree(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    /** True once the relay has published every event of the case (its follow-ups and its case file). */
    protected boolean outboxDrained(String caseId) {
        return mongo.getCollection("followups").countDocuments(new org.bson.Document("caseId", caseId)
                .append("outbox.0", new org.bson.Document("$exists", true))) == 0
                && mongo.getCollection("casefiles").countDocuments(new org.bson.Document("_id", caseId)
                .append("outbox.0", new org.bson.Document("$exists", true))) == 0;
    }

    /** The types of the events this service published about the case, in order, once all are out. */
    protected List<String> publishedTypes(String caseId) {
        await().atMost(Duration.ofSeconds(30)).until(() -> outboxDrained(caseId));
        return recordsOn(Topics.FOLLOWUP, caseId).stream()
                .map(record -> JSON.readTree(record.value()).get("type").asString()).toList();
    }

    /** The payloads of the published events of {@code type} about the case. */
    protected List<JsonNode> published(String caseId, String type) {
        await().atMost(Duration.ofSeconds(30)).until(() -> outboxDrained(caseId));
        return recordsOn(Topics.FOLLOWUP, caseId).stream().map(record -> JSON.readTree(record.value()))
                .filter(envelope -> envelope.get("type").asString().equals(type)).toList();
    }

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.register(registry, "followup-test");
    }

    @Autowired
    KafkaTemplate<String, String> kafka;

    @Value("${spring.kafka.consumer.group-id}")
    String groupId;

    protected static String token(String user, String ward, String... roles) {
        return "Bearer " + TestInfrastructure.tokens().forUser(user, ward, null, roles);
    }

    /** Puts an event on its topic as another service's outbox relay would, and waits for the broker's ack. */
    protected void publish(OutboxMessage message) throws Exception {
        kafka.send(message.topic(), message.key(), message.payload()).get(10, TimeUnit.SECONDS);
    }

    /**
     * Waits until this service has consumed (and committed) everything on {@code topic} so far: how a test knows
     * that a redelivered event has been handled, and so that nothing changing afterwards means something.
     */
    protected void awaitConsumed(String topic) throws Exception {
        TestInfrastructure.awaitConsumed(groupId, topic);
    }

    /** Every record on {@code topic} so far with key {@code key}, read from the start by a fresh reader. */
    protected static List<ConsumerRecord<String, String>> recordsOn(String topic, String key) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.kafkaBootstrapServers(),
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        List<ConsumerRecord<String, String>> found = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config)) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p)) && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(record -> {
                    if (key.equals(record.key())) {
                        found.add(record);
                    }
                });
            }
        }
        return found;
    }
}

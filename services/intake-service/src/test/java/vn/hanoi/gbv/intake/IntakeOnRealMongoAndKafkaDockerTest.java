package vn.hanoi.gbv.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.bson.Document;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.mongodb.MongoDBContainer;
import vn.hanoi.gbv.events.Topics;
import vn.hanoi.gbv.platform.testing.TestInfrastructure;

/**
 * Intake on a real MongoDB replica set and the official {@code apache/kafka} image instead of the embedded
 * defaults: a case is stored encrypted and its events are published. Runs with {@code ./mvnw verify -Pdocker};
 * skipped where Docker is absent.
 */
@Tag("docker")
@Testcontainers(disabledWithoutDocker = true)
@SpringBootTest(properties = {
        "spring.config.name=intake-service",
        "gbv.intake.survivor-data.active-key-id=test-1",
        "gbv.intake.survivor-data.keys.test-1=MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=",
        "gbv.intake.survivor-data.index-key=aW5kZXgta2V5LWZvci10ZXN0cy1vbmx5LTAxMjM0NTY=",
        "gbv.scheduling.enabled=false"})
@AutoConfigureMockMvc
class IntakeOnRealMongoAndKafkaDockerTest {

    @Container
    @ServiceConnection
    static final MongoDBContainer MONGO = new MongoDBContainer("mongo:8.0").withReplicaSet();

    @Container
    @ServiceConnection
    static final KafkaContainer KAFKA = new KafkaContainer("apache/kafka:4.1.1");

    @DynamicPropertySource
    static void tokens(DynamicPropertyRegistry registry) {
        registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", () -> "");
        registry.add("spring.security.oauth2.resourceserver.jwt.public-key-location",
                () -> TestInfrastructure.tokens().publicKeyLocation());
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    MongoTemplate mongo;

    @Test
    void aCaseIsStoredEncryptedAndItsRegistrationIsPublished() throws Exception {
        String name = "Docker Thị " + UUID.randomUUID().toString().substring(0, 6);
        String json = mvc.perform(post("/api/cases")
                        .header(HttpHeaders.AUTHORIZATION,
                                "Bearer " + TestInfrastructure.tokens().forUser("lan", "hoan-kiem", null, "COUNSELLOR"))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"ward": "hoan-kiem",
                                 "survivor": {"fullName": "%s", "phone": "0987000111", "birthYear": 1990, "sex": "FEMALE"},
                                 "incident": {"type": "PHYSICAL_ASSAULT", "occurredOn": "2026-11-01"},
                                 "risk": {"level": "HIGH"}, "needs": ["POLICE"],
                                 "consent": {"services": true, "shareWith": ["POLICE"]}}
                                """.formatted(name)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(json, "$.id");

        Document raw = mongo.getCollection("cases").find(new Document("_id", id)).first();
        assertThat(raw.toJson()).doesNotContain(name).doesNotContain("987000111");
        assertThat(recordsFor(id)).anySatisfy(record -> assertThat(record).contains("CaseRegistered"))
                .noneSatisfy(record -> assertThat(record).contains(name));
    }

    private static List<String> recordsFor(String caseId) {
        try (var consumer = new KafkaConsumer<String, String>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, KAFKA.getBootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "docker-test-" + caseId,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class))) {
            consumer.subscribe(List.of(Topics.INTAKE));
            List<String> values = new ArrayList<>();
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (values.isEmpty() && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(500)).forEach(record -> {
                    if (caseId.equals(record.key())) {
                        values.add(record.value());
                    }
                });
            }
            return values;
        }
    }
}

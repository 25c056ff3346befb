package vn.hanoi.gbv.platform.messaging.parking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import vn.hanoi.gbv.events.Actor;
import vn.hanoi.gbv.events.AgencyType;
import vn.hanoi.gbv.events.CaseEvent;
import vn.hanoi.gbv.events.EventEnvelope;
import vn.hanoi.gbv.events.IncidentType;
import vn.hanoi.gbv.events.Need;
import vn.hanoi.gbv.events.RiskLevel;
import vn.hanoi.gbv.events.intake.CaseRegistered;
import vn.hanoi.gbv.platform.messaging.EventEnvelopes;
import vn.hanoi.gbv.platform.testing.TestInfrastructure;

/**
 * What a consumer does when handling an event fails, against the real broker and wire server: a store that is
 * down for a while only delays the event; a defect parks it, and an administrator replays it once fixed; a record
 * that is not an event is parked at once; and while one case's event waits, other partitions go on.
 */
@SpringBootTest(classes = ListenerFailureHandlingIntegrationTest.App.class, properties = {
        "spring.application.name=platform-failures-test",
        "gbv.messaging.consumes=" + ListenerFailureHandlingIntegrationTest.TOPIC,
        "gbv.messaging.retry-interval=50ms",
        "gbv.messaging.retry-max-interval=200ms",
        "gbv.messaging.unknown-failure-retry-for=600ms"})
@AutoConfigureMockMvc
class ListenerFailureHandlingIntegrationTest {

    static final String TOPIC = "platform.failures.events";
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static KafkaProducer<String, String> producer;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.register(registry, "platform-failures");
        // TestInfrastructure's own fast retries would override the ones under test.
        registry.add("gbv.messaging.retry-interval", () -> "50ms");
    }

    @BeforeAll
    static void producer() {
        producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                TestInfrastructure.kafkaBootstrapServers(), ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG,
                StringSerializer.class, ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class));
    }

    @AfterAll
    static void closeProducer() {
        producer.close();
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    EventEnvelopes envelopes;

    @Autowired
    FlakyListener listener;

    @Test
    void aStoreOutageOnlyDelaysTheEventItIsNeverParked() {
        String caseId = UUID.randomUUID().toString();
        listener.failTransiently.put(caseId, new AtomicInteger(6));

        publish(caseId, 0, envelopeFor(caseId));

        await().atMost(PATIENCE).until(() -> listener.handled.contains(caseId));
        assertThat(listener.failTransiently.get(caseId).get()).isZero();
        assertThat(listener.attempts.get(caseId).get()).isEqualTo(7);
        assertThat(listener.handledTimes(caseId)).isEqualTo(1);
        assertThat(parkedIdsOf(caseId)).isEmpty();
    }

    @Test
    void aDefectParksTheEventAndAnAdministratorReplaysItOnceFixed() throws Exception {
        String caseId = UUID.randomUUID().toString();
        listener.defective.add(caseId);

        publish(caseId, 1, envelopeFor(caseId));

        String id = await().atMost(PATIENCE).until(() -> parkedIdsOf(caseId), ids -> ids.size() == 1).iterator().next();
        assertThat(listener.handled).doesNotContain(caseId);
        mvc.perform(get("/api/admin/parked-events").header(HttpHeaders.AUTHORIZATION, admin()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.id == '" + id + "')].type").value("CaseRegistered"))
                .andExpect(jsonPath("$[?(@.id == '" + id + "')].failure").value(IllegalStateException.class.getName()))
                .andExpect(jsonPath("$[?(@.id == '" + id + "')].status").value("PARKED"));
        mvc.perform(post("/api/admin/parked-events/{id}/replay", id).header(HttpHeaders.AUTHORIZATION, counsellor()))
                .andExpect(status().isForbidden());

        // Before the fix a replay fails again, and says so; after it, the event is handled once.
        mvc.perform(post("/api/admin/parked-events/{id}/replay", id).header(HttpHeaders.AUTHORIZATION, admin()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("PARKED"))
                .andExpect(jsonPath("$.replays[0].handled").value(false));
        listener.defective.remove(caseId);
        mvc.perform(post("/api/admin/parked-events/{id}/replay", id).header(HttpHeaders.AUTHORIZATION, admin()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("REPLAYED"))
                .andExpect(jsonPath("$.replays[1].handled").value(true))
                .andExpect(jsonPath("$.replays[1].by").value("admin"));
        assertThat(listener.handledTimes(caseId)).isEqualTo(1);

        mvc.perform(post("/api/admin/parked-events/{id}/replay", id).header(HttpHeaders.AUTHORIZATION, admin()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.replays.length()").value(2));
        assertThat(listener.handledTimes(caseId)).isEqualTo(1);
    }

    @Test
    void aRecordThatIsNotAnEventIsParkedAtOnceAndTheNextIsHandled() {
        String caseId = UUID.randomUUID().toString();

        publish(caseId, 2, "not an event at all");
        publish(caseId, 2, envelopeFor(caseId));

        await().atMost(PATIENCE).until(() -> listener.handled.contains(caseId));
        assertThat(parkedIdsOf(caseId)).hasSize(1);
        assertThat(listener.attempts.get(caseId).get()).isEqualTo(1);
    }

    @Test
    void whileOneCaseWaitsForTheStoreOtherPartitionsGoOn() {
        String waiting = UUID.randomUUID().toString();
        String other = UUID.randomUUID().toString();
        listener.failTransiently.put(waiting, new AtomicInteger(Integer.MAX_VALUE));

        publish(waiting, 0, envelopeFor(waiting));
        await().atMost(PATIENCE).until(() -> listener.attempts.containsKey(waiting));
        publish(other, 1, envelopeFor(other));

        await().atMost(PATIENCE).until(() -> listener.handled.contains(other));
        assertThat(listener.handled).doesNotContain(waiting);
        listener.failTransiently.get(waiting).set(0);
        await().atMost(PATIENCE).until(() -> listener.handled.contains(waiting));
        assertThat(parkedIdsOf(waiting)).isEmpty();
    }

    private Set<String> parkedIdsOf(String caseId) {
        return Set.copyOf(parked.list(null, 500).stream().filter(e -> caseId.equals(e.key())).map(ParkedEvent::id).toList());
    }

    @Autowired
    ParkedEvents parked;

    private String envelopeFor(String caseId) {
        var event = new CaseRegistered(caseId, "GBV-TEST", "hoan-kiem", IncidentType.PHYSICAL_ASSAULT, RiskLevel.HIGH,
                Set.of(Need.POLICE), Set.of(AgencyType.POLICE));
        return envelopes.toOutbox(event, new Actor("lan", "COUNSELLOR", "hoan-kiem", null)).payload();
    }

    private static void publish(String caseId, int partition, String value) {
        try {
            producer.send(new ProducerRecord<>(TOPIC, partition, caseId, value)).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String admin() {
        return "Bearer " + TestInfrastructure.tokens().forUser("admin", null, null, "ADMIN");
    }

    private static String counsellor() {
        return "Bearer " + TestInfrastructure.tokens().forUser("lan", "hoan-kiem", null, "COUNSELLOR");
    }

    /** Fails as each test asks: transiently a number of times, or as a defect until fixed. */
    static class FlakyListener {

        final Map<String, AtomicInteger> failTransiently = new ConcurrentHashMap<>();
        final Set<String> defective = ConcurrentHashMap.newKeySet();
        final Map<String, AtomicInteger> attempts = new ConcurrentHashMap<>();
        final Set<String> handled = ConcurrentHashMap.newKeySet();
        private final Map<String, AtomicInteger> handledCount = new ConcurrentHashMap<>();

        @KafkaListener(topics = TOPIC)
        void on(EventEnvelope<CaseEvent> envelope) {
            String caseId = envelope.caseId();
            attempts.computeIfAbsent(caseId, id -> new AtomicInteger()).incrementAndGet();
            AtomicInteger failures = failTransiently.get(caseId);
            if (failures != null && failures.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                throw new DataAccessResourceFailureException("store unreachable (test)");
            }
            if (defective.contains(caseId)) {
                throw new IllegalStateException("a defect (test)");
            }
            handledCount.computeIfAbsent(caseId, id -> new AtomicInteger()).incrementAndGet();
            handled.add(caseId);
        }

        int handledTimes(String caseId) {
            AtomicInteger count = handledCount.get(caseId);
            return count == null ? 0 : count.get();
        }
    }

    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class App {

        @Bean
        FlakyListener flakyListener() {
            return new FlakyListener();
        }
    }
}

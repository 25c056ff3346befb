package vn.hanoi.gbv.intake;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import java.util.concurrent.TimeUnit;
import org.springframework.kafka.core.KafkaTemplate;
import vn.hanoi.gbv.events.Actor;
import vn.hanoi.gbv.events.AgencyType;
import vn.hanoi.gbv.events.CaseEvent;
import vn.hanoi.gbv.events.Need;
import vn.hanoi.gbv.events.RiskLevel;
import vn.hanoi.gbv.events.Topics;
import vn.hanoi.gbv.events.referral.ReferralCreated;
import vn.hanoi.gbv.platform.messaging.EventEnvelopes;
import vn.hanoi.gbv.platform.messaging.OutboxMessage;
import vn.hanoi.gbv.intake.support.CaseBody;
import vn.hanoi.gbv.intake.support.IntakeEvents;
import vn.hanoi.gbv.platform.testing.MutableClock;
import vn.hanoi.gbv.platform.testing.TestInfrastructure;

/**
 * Base of intake's integration tests: the real service against the shared in-process Kafka broker and Mongo
 * wire server, with real signed JWTs. Every subclass shares one Spring context (so none may add configuration
 * of its own), one database and one topic: each test makes its own wards and survivors.
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
@Import(MutableClock.Beans.class)
public abstract class IntakeIntegrationTest {

    protected static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    protected MockMvc mvc;

    @Autowired
    protected MongoTemplate mongo;

    @Autowired
    protected KafkaTemplate<String, String> kafka;

    /** The service's clock; tests may move it forward, and it is put back after each test. */
    @Autowired
    protected MutableClock clock;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.register(registry, "intake-test");
    }

    @AfterEach
    void putTheClockBack() {
        clock.reset();
    }

    protected static String token(String user, String ward, String... roles) {
        return "Bearer " + TestInfrastructure.tokens().forUser(user, ward, null, roles);
    }

    protected static String counsellor(String user, String ward) {
        return token(user, ward, "COUNSELLOR");
    }

    protected static String verifier(String user, String ward) {
        return token(user, ward, "WARD_VERIFIER");
    }

    /** A supervisor; {@code ward} null for one who oversees the whole city. */
    protected static String supervisor(String user, String ward) {
        return token(user, ward, "SUPERVISOR");
    }

    /**
     * An agency officer's token as the referral service obtains it for her by token exchange, the only token
     * intake discloses survivor fields to.
     */
    protected static String officerOf(String user, String agency) {
        return "Bearer " + TestInfrastructure.tokens().exchangedBy("referral-service", user, null, agency,
                "AGENCY_OFFICER");
    }

    /**
     * Referral tells intake that the case was referred to this agency, as referral's outbox would, and waits until
     * intake has taken it in. Returns the referral's id.
     */
    protected String referredTo(String caseId, String agencyId, String agencyType) throws Exception {
        String referralId = java.util.UUID.randomUUID().toString();
        publishAsReferral(new ReferralCreated(caseId, referralId, agencyId, AgencyType.valueOf(agencyType), null,
                Need.POLICE, RiskLevel.HIGH));
        return referralId;
    }

    /** Publishes one of referral's events as referral-service and waits until intake has consumed it. */
    protected void publishAsReferral(CaseEvent event) throws Exception {
        OutboxMessage message = new EventEnvelopes(JSON, clock, "referral-service").toOutbox(event,
                Actor.service("referral-service"));
        kafka.send(message.topic(), message.key(), message.payload()).get(10, TimeUnit.SECONDS);
        TestInfrastructure.awaitConsumed("intake-service", Topics.REFERRAL);
    }

    /** Another service of the system, with its client-credentials token. */
    protected static String service(String clientId) {
        return "Bearer " + TestInfrastructure.tokens().forService(clientId);
    }

    /** Everything intake published on its topic. */
    protected static IntakeEvents events() {
        return IntakeEvents.get();
    }

    protected ResultActions register(String token, Object body) throws Exception {
        return mvc.perform(post("/api/cases").header(HttpHeaders.AUTHORIZATION, token)
                .contentType(MediaType.APPLICATION_JSON).content(body.toString()));
    }

    /** Registers a case that must be accepted, and returns the answer. */
    protected JsonNode registered(String token, CaseBody body) throws Exception {
        return json(register(token, body).andExpect(status().isCreated()).andReturn());
    }

    protected ResultActions read(String token, String caseId) throws Exception {
        return mvc.perform(get("/api/cases/" + caseId).header(HttpHeaders.AUTHORIZATION, token));
    }

    protected static JsonNode json(MvcResult result) throws Exception {
        return JSON.readTree(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    /** The case's document exactly as stored, as JSON. */
    protected String storedJson(String caseId) {
        org.bson.Document raw = mongo.getCollection("cases").find(new org.bson.Document("_id", caseId)).first();
        return raw == null ? null : raw.toJson();
    }

    protected long allStoredCases() {
        return mongo.getCollection("cases").countDocuments();
    }

    protected long storedCasesOfWard(String ward) {
        return mongo.getCollection("cases").countDocuments(new org.bson.Document("ward", ward));
    }
}

package vn.hanoi.gbv.referral.webhooks.adapters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.hanoi.gbv.events.AgencyType;
import vn.hanoi.gbv.events.IncidentType;
import vn.hanoi.gbv.events.Need;
import vn.hanoi.gbv.events.RiskLevel;
import vn.hanoi.gbv.events.intake.CaseVerified;
import vn.hanoi.gbv.platform.testing.MutableClock;
import vn.hanoi.gbv.platform.testing.TestInfrastructure;
import vn.hanoi.gbv.referral.referrals.application.ReferralRouting;
import vn.hanoi.gbv.referral.referrals.domain.Referral;
import vn.hanoi.gbv.referral.webhooks.application.DeliveryDispatch;
import vn.hanoi.gbv.referral.webhooks.application.DeliveryPreparation;
import vn.hanoi.gbv.referral.webhooks.domain.WebhookDeliveries;
import vn.hanoi.gbv.referral.webhooks.domain.WebhookDelivery;

/**
 * Partner webhooks end to end: a referral's events go through the outbox and Kafka to this service's delivery
 * consumer, and the timer's pass (called directly, with a controllable clock) posts them to a test receiver that
 * checks each signature with its own HMAC code.
 *
 * <p>Its own context, over a directory of one test ward whose committee and police take webhooks at the
 * receiver's address (plain http, so {@code allow-http} is on here, and loopback, so the test-only
 * {@link LoopbackReceivers} is imported), its own database and its own consumer groups,
 * so it neither takes records from the other tests' context nor writes into their database.
 */
@SpringBootTest(properties = {
        "spring.config.name=referral-service",
        "gbv.scheduling.enabled=false",
        "spring.kafka.consumer.group-id=referral-service-webhooks-test",
        "gbv.referral.webhooks.consumer-group=referral-service-webhooks-test-deliveries",
        "gbv.referral.webhooks.allow-http=true",
        // A test-only key for the notes on referrals (the service does not start without one).
        "gbv.referral.notes.active-key-id=test-1",
        "gbv.referral.notes.keys.test-1=cmVmZXJyYWwtdGVzdC1ub3Rlcy1rZXktbm90LXNlY3I=",
        "gbv.referral.webhooks.secrets.ubnd-webhook-ward=committee-secret",
        "gbv.referral.webhooks.secrets.police-webhook-secret=police-secret"})
@AutoConfigureMockMvc
@Import({MutableClock.Beans.class, LoopbackReceivers.class})
class WebhooksIntegrationTest {

    static final String WARD = "webhook-ward";
    static final String COMMITTEE = "ubnd-webhook-ward";
    static final String POLICE = "police-webhook-ward";
    static final String HEALTH = "health-webhook-ward";
    static final WebhookReceiver RECEIVER = new WebhookReceiver(Map.of(
            "/hooks/committee", "committee-secret",
            "/hooks/police", "police-secret"));
    static final Duration PATIENCE = Duration.ofSeconds(20);

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.register(registry, "referral-webhooks-test");
        registry.add("gbv.referral.directory.location", () -> directoryFile().toUri().toString());
    }

    /** One ward: its committee and police take webhooks (the police with a secret-ref of its own), health not. */
    static Path directoryFile() {
        String yaml = """
                directory:
                  wards:
                    - id: %1$s
                      name-vi: Phường Thử Webhook
                      name-en: Webhook Test Ward
                  agencies:
                    - id: %2$s
                      type: PEOPLES_COMMITTEE
                      name-vi: Ủy ban nhân dân phường Thử Webhook
                      name-en: Webhook Test Ward People's Committee
                      wards-served: [%1$s]
                      webhook:
                        url: %5$s
                    - id: %3$s
                      type: POLICE
                      name-vi: Công an phường Thử Webhook
                      name-en: Webhook Test Ward Police
                      wards-served: [%1$s]
                      webhook:
                        url: %6$s
                        secret-ref: police-webhook-secret
                        enabled: true
                    - id: %4$s
                      type: HEALTH
                      name-vi: Trạm Y tế phường Thử Webhook
                      name-en: Webhook Test Ward Health Station
                      wards-served: [%1$s]
                """.formatted(WARD, COMMITTEE, POLICE, HEALTH, RECEIVER.url("/hooks/committee"),
                RECEIVER.url("/hooks/police"));
        try {
            Path file = Files.createTempFile("webhook-test-directory", ".yml");
            file.toFile().deleteOnExit();
            Files.writeString(file, yaml);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    @Autowired
    MutableClock clock;

    @Autowired
    ReferralRouting routing;

    @Autowired
    DeliveryDispatch dispatch;

    @Autowired
    DeliveryPreparation preparation;

    @Autowired
    WebhookDeliveries deliveries;

    @Autowired
    MongoTemplate mongo;

    @AfterEach
    void putBack() {
        clock.reset();
        RECEIVER.reset();
    }

    @Test
    void eachNewReferralReachesItsAgencySignedOnceAndWithoutSurvivorData() throws Exception {
        String caseId = verifiedCase(Set.of(Need.POLICE, Need.MEDICAL), Set.of(AgencyType.POLICE, AgencyType.HEALTH));

        List<WebhookDelivery> prepared = awaitDeliveries(caseId, 2);
        assertThat(prepared).extracting(WebhookDelivery::agencyId).containsExactlyInAnyOrder(COMMITTEE, POLICE);
        dispatch.deliverDueNow();

        List<WebhookReceiver.Received> received = RECEIVER.mentioning(caseId);
        assertThat(received).hasSize(2).allSatisfy(request -> {
            assertThat(request.signatureValid()).as("signature of " + request.path()).isTrue();
            assertThat(request.header("X-GBV-Event")).isEqualTo("ReferralCreated");
            assertThat(request.header("Content-Type")).startsWith("application/json");
        });
        var police = received.stream().filter(r -> r.path().equals("/hooks/police")).findFirst().orElseThrow();
        // Each agency's own secret: the committee's would not verify the police's delivery.
        assertThat(WebhookReceiver.verifies("committee-secret", police.header("X-GBV-Signature"), police.body()))
                .isFalse();
        JsonNode body = json.readTree(police.body());
        String deliveryId = police.header("X-GBV-Delivery");
        assertThat(body.path("deliveryId").asString()).isEqualTo(deliveryId);
        assertThat(body.path("event").path("type").asString()).isEqualTo("ReferralCreated");
        assertThat(body.path("referral").path("id").asString()).isEqualTo(Referral.idFor(caseId, POLICE));
        assertThat(body.path("referral").path("agencyId").asString()).isEqualTo(POLICE);
        assertNothingIdentifying(body);

        assertThat(deliveries.byId(deliveryId)).hasValueSatisfying(d -> {
            assertThat(d.status()).isEqualTo(WebhookDelivery.Status.DELIVERED);
            assertThat(d.attempts()).isEqualTo(1);
        });
        // The event read again (a redelivery, a restart) prepares nothing new, and a pass sends nothing again.
        WebhookDelivery delivered = deliveries.byId(deliveryId).orElseThrow();
        assertThat(preparation.on(UUID.fromString(delivered.eventId()), "ReferralCreated", clock.instant(),
                new vn.hanoi.gbv.events.referral.ReferralCreated(caseId, delivered.referralId(), POLICE,
                        AgencyType.POLICE, WARD, Need.POLICE, RiskLevel.HIGH))).isEmpty();
        dispatch.deliverDueNow();
        assertThat(RECEIVER.mentioning(caseId)).hasSize(2);
        assertThat(countDeliveries(caseId)).isEqualTo(2);
    }

    @Test
    void aDeclineIsPushedWithoutItsReasonAndTheSupervisorsQueueIsNotTheAgencysBusiness() throws Exception {
        String caseId = verifiedCase(Set.of(Need.POLICE), Set.of(AgencyType.POLICE));
        awaitDeliveries(caseId, 2);
        String reason = "Nguyễn Văn Bạo, hàng xóm, là anh họ của cán bộ trực ban";

        mvc.perform(post("/api/referrals/" + Referral.idFor(caseId, POLICE) + "/decline")
                        .header(HttpHeaders.AUTHORIZATION, token("police.ww", null, POLICE, "AGENCY_OFFICER"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(Map.of("reason", reason))))
                .andExpect(status().isOk());
        // Created for the committee and the police, then Declined for the police; no other police agency serves
        // the ward, so ReferralNeedsSupervisor follows, which no agency is sent.
        awaitDeliveries(caseId, 3);
        dispatch.deliverDueNow();

        var toPolice = RECEIVER.mentioning(caseId).stream().filter(r -> r.path().equals("/hooks/police")).toList();
        assertThat(toPolice).extracting(r -> r.header("X-GBV-Event"))
                .containsExactlyInAnyOrder("ReferralCreated", "ReferralDeclined");
        var declined = toPolice.stream().filter(r -> r.header("X-GBV-Event").equals("ReferralDeclined")).findFirst()
                .orElseThrow();
        assertThat(declined.signatureValid()).isTrue();
        assertThat(declined.body()).doesNotContain("Bạo").doesNotContain("reason");
        assertThat(json.readTree(declined.body()).path("referral").path("status").asString()).isEqualTo("DECLINED");
        assertNothingIdentifying(json.readTree(declined.body()));
    }

    @Test
    void aNoteForTheAgencyIsPushedAsAnEventOnlyTheTextStaysInTheInbox() throws Exception {
        String caseId = verifiedCase(Set.of(Need.POLICE), Set.of(AgencyType.POLICE));
        awaitDeliveries(caseId, 2);
        String note = "Chỉ gọi sau 18 giờ, chồng chị ấy kiểm tra điện thoại (her husband checks her phone)";

        mvc.perform(post("/api/referrals/" + Referral.idFor(caseId, POLICE) + "/notes")
                        .header(HttpHeaders.AUTHORIZATION, token("lan.ww", WARD, null, "COUNSELLOR"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(Map.of("text", note))))
                .andExpect(status().isCreated());
        // Created for the committee and the police, then NoteAdded for the police.
        awaitDeliveries(caseId, 3);
        dispatch.deliverDueNow();

        var toPolice = RECEIVER.mentioning(caseId).stream().filter(r -> r.path().equals("/hooks/police")).toList();
        assertThat(toPolice).extracting(r -> r.header("X-GBV-Event"))
                .containsExactlyInAnyOrder("ReferralCreated", "ReferralNoteAdded");
        var noteAdded = toPolice.stream().filter(r -> r.header("X-GBV-Event").equals("ReferralNoteAdded"))
                .findFirst().orElseThrow();
        assertThat(noteAdded.signatureValid()).isTrue();
        assertThat(noteAdded.body()).doesNotContain("husband", "18 giờ", "chồng", "\"notes\"", "\"text\"");
        JsonNode body = json.readTree(noteAdded.body());
        assertThat(body.path("event").path("type").asString()).isEqualTo("ReferralNoteAdded");
        assertThat(body.path("referral").path("id").asString()).isEqualTo(Referral.idFor(caseId, POLICE));
        assertNothingIdentifying(body);
        // The committee is not told of a note on another agency's referral.
        assertThat(RECEIVER.mentioning(caseId).stream().filter(r -> r.path().equals("/hooks/committee")))
                .extracting(r -> r.header("X-GBV-Event")).containsExactly("ReferralCreated");
    }

    @Test
    void aDeliveryIsRetriedWithBackOffParkedAfterTheLastTryAndReplayedByAnAdministrator() throws Exception {
        RECEIVER.answer("/hooks/committee", 503);
        String caseId = verifiedCase(Set.of(), Set.of());
        String deliveryId = awaitDeliveries(caseId, 1).get(0).id();

        dispatch.deliverDueNow();
        assertThat(deliveries.byId(deliveryId).orElseThrow()).satisfies(d -> {
            assertThat(d.status()).isEqualTo(WebhookDelivery.Status.PENDING);
            assertThat(d.attempts()).isEqualTo(1);
            assertThat(d.lastOutcome()).isEqualTo("HTTP 503");
        });
        dispatch.deliverDueNow(); // not due yet: the next try waits a minute
        assertThat(deliveries.byId(deliveryId).orElseThrow().attempts()).isEqualTo(1);

        // 1 min, 5 min, 30 min, 2 h, 6 h: five more tries, the last of which parks it.
        int attempt = 1;
        for (Duration wait : List.of(Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(30),
                Duration.ofHours(2), Duration.ofHours(6))) {
            clock.advance(wait.minusSeconds(30));
            dispatch.deliverDueNow();
            assertThat(deliveries.byId(deliveryId).orElseThrow().attempts()).as("before the wait is over")
                    .isEqualTo(attempt);
            clock.advance(Duration.ofSeconds(30));
            dispatch.deliverDueNow();
            attempt++;
            assertThat(deliveries.byId(deliveryId).orElseThrow().attempts()).isEqualTo(attempt);
        }
        assertThat(deliveries.byId(deliveryId).orElseThrow().status()).isEqualTo(WebhookDelivery.Status.PARKED);
        clock.advance(Duration.ofDays(1));
        dispatch.deliverDueNow();
        assertThat(RECEIVER.mentioning(caseId)).hasSize(6).allMatch(WebhookReceiver.Received::signatureValid);

        String admin = token("admin", null, null, "ADMIN");
        mvc.perform(get("/api/webhooks/deliveries").param("status", "PARKED").header(HttpHeaders.AUTHORIZATION, admin))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.id == '" + deliveryId + "')].attempts").value(6))
                .andExpect(jsonPath("$[?(@.id == '" + deliveryId + "')].lastOutcome").value("HTTP 503"))
                .andExpect(jsonPath("$[?(@.id == '" + deliveryId + "')].body").doesNotExist());
        mvc.perform(get("/api/webhooks/deliveries").param("status", "PARKED")
                        .header(HttpHeaders.AUTHORIZATION, token("sup", null, null, "SUPERVISOR")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/webhooks/deliveries").param("status", "LOST").header(HttpHeaders.AUTHORIZATION, admin))
                .andExpect(status().isBadRequest());

        RECEIVER.answer("/hooks/committee", 200);
        mvc.perform(post("/api/webhooks/deliveries/" + deliveryId + "/replay").header(HttpHeaders.AUTHORIZATION, admin))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("PENDING"))
                .andExpect(jsonPath("$.replays").value(1))
                .andExpect(jsonPath("$.replayedBy").value("admin"));
        dispatch.deliverDueNow();

        assertThat(deliveries.byId(deliveryId).orElseThrow().status()).isEqualTo(WebhookDelivery.Status.DELIVERED);
        List<WebhookReceiver.Received> all = RECEIVER.mentioning(caseId);
        assertThat(all).hasSize(7).allMatch(WebhookReceiver.Received::signatureValid)
                .extracting(WebhookReceiver.Received::body).containsOnly(all.get(0).body());
        mvc.perform(post("/api/webhooks/deliveries/" + deliveryId + "/replay").header(HttpHeaders.AUTHORIZATION, admin))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("Only a parked delivery can be replayed; this one is DELIVERED."));
        mvc.perform(post("/api/webhooks/deliveries/" + UUID.randomUUID() + "/replay")
                        .header(HttpHeaders.AUTHORIZATION, admin))
                .andExpect(status().isNotFound());
    }

    private String verifiedCase(Set<Need> needs, Set<AgencyType> consented) {
        String caseId = UUID.randomUUID().toString();
        routing.route(UUID.randomUUID(), new CaseVerified(caseId, "GBV-" + caseId.substring(0, 8), WARD,
                IncidentType.PHYSICAL_ASSAULT, RiskLevel.HIGH, needs, consented));
        return caseId;
    }

    private List<WebhookDelivery> awaitDeliveries(String caseId, int count) {
        await().atMost(PATIENCE).until(() -> countDeliveries(caseId) >= count);
        return mongo.find(Query.query(Criteria.where("caseId").is(caseId)), Map.class, "webhook_deliveries").stream()
                .map(d -> deliveries.byId((String) d.get("_id")).orElseThrow()).toList();
    }

    private long countDeliveries(String caseId) {
        return mongo.count(Query.query(Criteria.where("caseId").is(caseId)), "webhook_deliveries");
    }

    /** The referral part is exactly the inbox's fields, none of them survivor data or free text. */
    private static void assertNothingIdentifying(JsonNode body) {
        assertThat(StreamSupport.stream(body.propertyNames().spliterator(), false).toList())
                .containsExactlyInAnyOrder("deliveryId", "event", "referral");
        assertThat(StreamSupport.stream(body.path("referral").propertyNames().spliterator(), false).toList())
                .doesNotContain("declineReason", "survivor", "fullName", "name", "phone", "phones", "address",
                        "birthDate", "notes")
                .contains("caseCode", "ward", "incidentType", "riskLevel", "need", "acknowledgeBy");
    }

    private static String token(String user, String ward, String agency, String... roles) {
        return "Bearer " + TestInfrastructure.tokens().forUser(user, ward, agency, roles);
    }
}

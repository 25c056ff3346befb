package vn.hanoi.gbv.audit.timeline.adapters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import vn.hanoi.gbv.audit.AuditIntegrationTest;
import vn.hanoi.gbv.events.Actor;
import vn.hanoi.gbv.events.AgencyType;
import vn.hanoi.gbv.events.IncidentType;
import vn.hanoi.gbv.events.Need;
import vn.hanoi.gbv.events.RiskLevel;
import vn.hanoi.gbv.events.Topics;
import vn.hanoi.gbv.events.followup.FollowUpScheduled;
import vn.hanoi.gbv.events.intake.CaseRegistered;
import vn.hanoi.gbv.events.intake.CaseVerified;
import vn.hanoi.gbv.events.referral.ReferralAccepted;
import vn.hanoi.gbv.events.referral.ReferralCreated;
import vn.hanoi.gbv.platform.messaging.OutboxMessage;

/** A case's events, from all three services, become its timeline: in order, once each, for supervisors only. */
class CaseTimelineIntegrationTest extends AuditIntegrationTest {

    static final String SUPERVISOR = token("supervisor", null, "SUPERVISOR");
    static final Actor LAN = new Actor("lan", "COUNSELLOR", "hoan-kiem", null);
    static final Actor HOA = new Actor("hoa", "WARD_VERIFIER", "hoan-kiem", null);
    static final Actor POLICE_OFFICER = new Actor("police.hk", "AGENCY_OFFICER", null, "police-hoan-kiem");
    static final String[] ALL_TOPICS = {Topics.INTAKE, Topics.REFERRAL, Topics.FOLLOWUP};

    @Autowired
    MockMvc mvc;

    @Autowired
    MongoTemplate mongo;

    /** One record as it travels: topic, key and the envelope's JSON. */
    record Published(String topic, String key, String value) {

        static Published of(OutboxMessage message) {
            return new Published(message.topic(), message.key(), message.payload());
        }
    }

    private ResultActions timeline(String token, String caseId, String language) throws Exception {
        var request = get("/api/audit/cases/" + caseId + "/timeline");
        if (token != null) {
            request.header(HttpHeaders.AUTHORIZATION, token);
        }
        if (language != null) {
            request.header(HttpHeaders.ACCEPT_LANGUAGE, language);
        }
        return mvc.perform(request);
    }

    private String awaitEntries(String caseId, int count) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> {
            MockHttpServletResponse response = timeline(SUPERVISOR, caseId, null).andReturn().getResponse();
            return response.getStatus() == 200 ? response.getContentAsString() : null;
        }, body -> body != null && JsonPath.<List<?>>read(body, "$.entries").size() >= count);
    }

    private void publish(Published record) throws Exception {
        publish(record.topic(), record.key(), record.value());
    }

    /** A case's life so far, each event as the service that caused it writes it. */
    private List<Published> lifeOf(String caseId) {
        var intake = envelopesOf("intake-service");
        var referral = envelopesOf("referral-service");
        var followup = envelopesOf("followup-service");
        var referralService = Actor.service("referral-service");
        return List.of(
                Published.of(intake.toOutbox(new CaseRegistered(caseId, "GBV-" + caseId.substring(0, 8), "hoan-kiem",
                        IncidentType.PHYSICAL_ASSAULT, RiskLevel.HIGH, Set.of(Need.POLICE), Set.of(AgencyType.POLICE)),
                        LAN)),
                Published.of(intake.toOutbox(new CaseVerified(caseId, "GBV-" + caseId.substring(0, 8), "hoan-kiem",
                        IncidentType.PHYSICAL_ASSAULT, RiskLevel.HIGH, Set.of(Need.POLICE), Set.of(AgencyType.POLICE)),
                        HOA)),
                Published.of(referral.toOutbox(new ReferralCreated(caseId, "r-ubnd", "ubnd-hoan-kiem",
                        AgencyType.PEOPLES_COMMITTEE, "hoan-kiem", null, RiskLevel.HIGH), referralService)),
                Published.of(referral.toOutbox(new ReferralCreated(caseId, "r-police", "police-hoan-kiem",
                        AgencyType.POLICE, "hoan-kiem", Need.POLICE, RiskLevel.HIGH), referralService)),
                Published.of(referral.toOutbox(new ReferralAccepted(caseId, "r-police", "police-hoan-kiem",
                        AgencyType.POLICE, "hoan-kiem", RiskLevel.HIGH), POLICE_OFFICER)),
                Published.of(followup.toOutbox(new FollowUpScheduled(caseId, "f-1", "FIRST_SAFETY_CHECK", "hoan-kiem",
                        RiskLevel.HIGH, Instant.now().plus(Duration.ofHours(72))), Actor.service("followup-service"))),
                // A type this service does not know yet, from a newer producer, carrying free text.
                new Published(Topics.INTAKE, caseId, """
                        {"eventId": "%s", "type": "CaseMovedToAnotherProvince", "caseId": "%s", "occurredAt": "%s",
                         "actor": {"id": "supervisor", "role": "SUPERVISOR", "ward": null, "agency": null},
                         "schemaVersion": 1, "traceId": "trace-closed", "producer": "intake-service",
                         "payload": {"caseId": "%s", "ward": "hoan-kiem", "note": "moved in with her sister"}}
                        """.formatted(UUID.randomUUID(), caseId, Instant.now(), caseId)));
    }

    @Test
    void everyEventOfTheCaseIsOnItsTimelineInOrderExactlyOnce() throws Exception {
        String caseId = UUID.randomUUID().toString();
        List<Published> life = lifeOf(caseId);

        // One at a time, as they happen: each is caused by the one before.
        for (int i = 0; i < life.size(); i++) {
            publish(life.get(i));
            awaitEntries(caseId, i + 1);
        }
        String timeline = awaitEntries(caseId, life.size());

        assertThat(JsonPath.<String>read(timeline, "$.caseId")).isEqualTo(caseId);
        assertThat(JsonPath.<List<Integer>>read(timeline, "$.entries[*].seq")).containsExactly(1, 2, 3, 4, 5, 6, 7);
        assertThat(JsonPath.<List<String>>read(timeline, "$.entries[*].type")).containsExactly("CaseRegistered",
                "CaseVerified", "ReferralCreated", "ReferralCreated", "ReferralAccepted", "FollowUpScheduled",
                "CaseMovedToAnotherProvince");
        assertThat(JsonPath.<List<String>>read(timeline, "$.entries[*].service")).containsExactly("intake-service",
                "intake-service", "referral-service", "referral-service", "referral-service", "followup-service",
                "intake-service");
        assertThat(JsonPath.<List<String>>read(timeline, "$.entries[*].summary")).containsExactly(
                "Case registered (risk: high)", "Case verified by the ward", "Referred to the ward People's Committee",
                "Referred to the police", "Referral accepted by the police", "First safety check scheduled",
                "Unknown event");
        List<String> eventIds = new ArrayList<>();
        for (Published record : life) {
            eventIds.add(JsonPath.read(record.value(), "$.eventId"));
        }
        assertThat(JsonPath.<List<String>>read(timeline, "$.entries[*].eventId")).containsExactlyElementsOf(eventIds);
        assertThat(JsonPath.<String>read(timeline, "$.entries[1].actor.id")).isEqualTo("hoa");
        assertThat(JsonPath.<String>read(timeline, "$.entries[1].actor.role")).isEqualTo("WARD_VERIFIER");
        assertThat(JsonPath.<String>read(timeline, "$.entries[1].actor.ward")).isEqualTo("hoan-kiem");
        assertThat(JsonPath.<String>read(timeline, "$.entries[4].actor.agency")).isEqualTo("police-hoan-kiem");
        assertThat(Instant.parse(JsonPath.read(timeline, "$.entries[1].occurredAt")))
                .isEqualTo(Instant.parse(JsonPath.<String>read(life.get(1).value(), "$.occurredAt"))
                        .truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
        assertThat(JsonPath.<String>read(timeline, "$.entries[0].recordedAt")).isNotBlank();

        // At-least-once delivery: everything comes again, and the timeline does not change.
        for (Published record : life) {
            publish(record);
        }
        awaitConsumed(ALL_TOPICS);
        assertThat(timeline(SUPERVISOR, caseId, null).andReturn().getResponse().getContentAsString())
                .isEqualTo(timeline);
    }

    @Test
    void theAuditStoreKeepsNoPayloadAndNoFreeText() throws Exception {
        String caseId = UUID.randomUUID().toString();
        List<Published> life = lifeOf(caseId);
        publish(life.get(0));
        awaitEntries(caseId, 1);
        publish(life.get(life.size() - 1));
        awaitEntries(caseId, 2);

        List<Document> stored = mongo.getCollection("timeline_entries").find(new Document("caseId", caseId))
                .into(new ArrayList<>());
        assertThat(stored).hasSize(2).allSatisfy(raw -> assertThat(raw.keySet()).isSubsetOf("_id", "caseId", "seq",
                "eventId", "type", "occurredAt", "recordedAt", "actor", "service", "ward", "summaryEn", "summaryVi",
                "canonical", "prevHash", "hash"));
        assertThat(stored.toString()).doesNotContain("moved in with her sister", "GBV-", "PHYSICAL_ASSAULT");
        assertThat(stored).extracting(raw -> raw.getString("ward")).containsOnly("hoan-kiem", null);
    }

    @Test
    void summariesAreInVietnameseForAVietnameseReader() throws Exception {
        String caseId = UUID.randomUUID().toString();
        List<Published> life = lifeOf(caseId);
        publish(life.get(0));
        awaitEntries(caseId, 1);
        publish(life.get(1));
        awaitEntries(caseId, 2);

        timeline(SUPERVISOR, caseId, "vi-VN,vi;q=0.9")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.entries[0].summary").value("Vụ việc đã được đăng ký (mức nguy cơ: cao)"))
                .andExpect(jsonPath("$.entries[1].summary").value("Vụ việc đã được xác minh cấp xã/phường"));
    }

    @Test
    void onlySupervisorsReadTimelines() throws Exception {
        String caseId = UUID.randomUUID().toString();
        publish(lifeOf(caseId).get(0));
        awaitEntries(caseId, 1);

        timeline(token("lan", "hoan-kiem", "COUNSELLOR"), caseId, null)
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        timeline(null, caseId, null)
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void aCaseWithNoRecordedEventIsNotFound() throws Exception {
        timeline(SUPERVISOR, UUID.randomUUID().toString(), "vi")
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("Chưa ghi nhận sự kiện nào của vụ việc này."));
    }
}

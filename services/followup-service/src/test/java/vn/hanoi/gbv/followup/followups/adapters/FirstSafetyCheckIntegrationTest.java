package vn.hanoi.gbv.followup.followups.adapters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.bson.Document;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import vn.hanoi.gbv.events.Actor;
import vn.hanoi.gbv.events.AgencyType;
import vn.hanoi.gbv.events.RiskLevel;
import vn.hanoi.gbv.events.Topics;
import vn.hanoi.gbv.events.referral.ReferralAccepted;
import vn.hanoi.gbv.followup.FollowupIntegrationTest;
import vn.hanoi.gbv.platform.messaging.EventEnvelopes;
import vn.hanoi.gbv.platform.messaging.OutboxMessage;

/** An agency accepts a referral on Kafka; the case's first safety check appears, once, for the right people. */
class FirstSafetyCheckIntegrationTest extends FollowupIntegrationTest {

    static final String SUPERVISOR = token("supervisor", null, "SUPERVISOR");
    static final String LAN = token("lan", "hoan-kiem", "COUNSELLOR");
    static final String HOA = token("hoa", "hoan-kiem", "WARD_VERIFIER");
    static final String MINH = token("minh", "suoi-hai", "COUNSELLOR");
    static final Actor POLICE_OFFICER = new Actor("police.hk", "AGENCY_OFFICER", null, "police-hoan-kiem");

    @Autowired
    MockMvc mvc;

    @Autowired
    EventEnvelopes envelopes;

    @Autowired
    MongoTemplate mongo;

    private OutboxMessage accepted(String caseId, String agencyId, AgencyType agencyType, RiskLevel risk) {
        return envelopes.toOutbox(new ReferralAccepted(caseId, UUID.randomUUID().toString(), agencyId, agencyType,
                "hoan-kiem", risk), POLICE_OFFICER);
    }

    private static Instant occurredAt(OutboxMessage message) {
        return Instant.parse(JsonPath.read(message.payload(), "$.occurredAt"));
    }

    private ResultActions followUps(String token, String caseId) throws Exception {
        return mvc.perform(get("/api/followups").param("caseId", caseId).header(HttpHeaders.AUTHORIZATION, token));
    }

    private String awaitFollowUps(String caseId) {
        return await().atMost(Duration.ofSeconds(30)).until(
                () -> followUps(SUPERVISOR, caseId).andReturn().getResponse().getContentAsString(),
                body -> !JsonPath.<List<?>>read(body, "$").isEmpty());
    }

    @Test
    void anAcceptedHighRiskReferralSchedulesTheFirstSafetyCheckWithinThreeDays() throws Exception {
        String caseId = UUID.randomUUID().toString();
        OutboxMessage accepted = accepted(caseId, "police-hoan-kiem", AgencyType.POLICE, RiskLevel.HIGH);

        publish(accepted);

        String body = awaitFollowUps(caseId);
        Instant due = occurredAt(accepted).plus(Duration.ofHours(72)).truncatedTo(ChronoUnit.MILLIS);
        assertThat(JsonPath.<String>read(body, "$[0].caseId")).isEqualTo(caseId);
        assertThat(JsonPath.<String>read(body, "$[0].kind")).isEqualTo("FIRST_SAFETY_CHECK");
        assertThat(JsonPath.<String>read(body, "$[0].ward")).isEqualTo("hoan-kiem");
        assertThat(JsonPath.<String>read(body, "$[0].riskLevel")).isEqualTo("HIGH");
        assertThat(JsonPath.<String>read(body, "$[0].status")).isEqualTo("SCHEDULED");
        assertThat(Instant.parse(JsonPath.read(body, "$[0].dueAt"))).isEqualTo(due);
        assertThat(Instant.parse(JsonPath.read(body, "$[0].scheduledAt"))).isAfterOrEqualTo(
                occurredAt(accepted).truncatedTo(ChronoUnit.MILLIS));
    }

    @Test
    void anImmediateDangerCaseIsDueWithinADay() throws Exception {
        String caseId = UUID.randomUUID().toString();
        OutboxMessage accepted = accepted(caseId, "shelter-hanoi", AgencyType.SHELTER, RiskLevel.IMMEDIATE_DANGER);

        publish(accepted);

        String body = awaitFollowUps(caseId);
        assertThat(Instant.parse(JsonPath.read(body, "$[0].dueAt")))
                .isEqualTo(occurredAt(accepted).plus(Duration.ofHours(24)).truncatedTo(ChronoUnit.MILLIS));
    }

    @Test
    void redeliveryAndASecondAcceptanceLeaveOneFollowUpDueByTheFirst() throws Exception {
        String caseId = UUID.randomUUID().toString();
        OutboxMessage first = accepted(caseId, "police-hoan-kiem", AgencyType.POLICE, RiskLevel.MEDIUM);
        OutboxMessage second = accepted(caseId, "health-hoan-kiem", AgencyType.HEALTH, RiskLevel.LOW);

        publish(first);
        publish(first);
        publish(second);
        awaitConsumed(Topics.REFERRAL);

        followUps(SUPERVISOR, caseId)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].riskLevel").value("MEDIUM"))
                .andExpect(jsonPath("$[0].dueAt").value(
                        occurredAt(first).plus(Duration.ofDays(7)).truncatedTo(ChronoUnit.MILLIS).toString()));
        // Handled as "already scheduled", not failed and parked; and announced once.
        assertThat(recordsOn(Topics.deadLetter(Topics.REFERRAL), caseId)).isEmpty();
        await().atMost(Duration.ofSeconds(30)).until(() -> outboxDrained(caseId));
        assertThat(recordsOn(Topics.FOLLOWUP, caseId)).hasSize(1);
    }

    /** True once the relay has published every event of the case's follow-ups. */
    private boolean outboxDrained(String caseId) {
        return mongo.getCollection("followups").countDocuments(new Document("caseId", caseId)
                .append("outbox.0", new Document("$exists", true))) == 0;
    }

    @Test
    void theScheduledFollowUpIsPublishedForTheRestOfTheSystem() throws Exception {
        String caseId = UUID.randomUUID().toString();
        OutboxMessage accepted = accepted(caseId, "police-hoan-kiem", AgencyType.POLICE, RiskLevel.LOW);

        publish(accepted);

        String followUpId = JsonPath.read(awaitFollowUps(caseId), "$[0].id");
        var published = await().atMost(Duration.ofSeconds(30))
                .until(() -> recordsOn(Topics.FOLLOWUP, caseId), records -> !records.isEmpty()).get(0).value();
        assertThat(JsonPath.<String>read(published, "$.type")).isEqualTo("FollowUpScheduled");
        assertThat(JsonPath.<String>read(published, "$.producer")).isEqualTo("followup-service");
        assertThat(JsonPath.<String>read(published, "$.actor.id")).isEqualTo("followup-service");
        assertThat(JsonPath.<String>read(published, "$.actor.role")).isEqualTo("SERVICE");
        assertThat(JsonPath.<String>read(published, "$.payload.followUpId")).isEqualTo(followUpId);
        assertThat(JsonPath.<String>read(published, "$.payload.kind")).isEqualTo("FIRST_SAFETY_CHECK");
        assertThat(JsonPath.<String>read(published, "$.payload.ward")).isEqualTo("hoan-kiem");
        assertThat(JsonPath.<String>read(published, "$.payload.riskLevel")).isEqualTo("LOW");
        assertThat(Instant.parse(JsonPath.read(published, "$.payload.dueAt")))
                .isEqualTo(occurredAt(accepted).plus(Duration.ofDays(14)).truncatedTo(ChronoUnit.MILLIS));
    }

    @Test
    void wardStaffSeeOnlyTheirOwnWardsFollowUps() throws Exception {
        String caseId = UUID.randomUUID().toString();
        publish(accepted(caseId, "police-hoan-kiem", AgencyType.POLICE, RiskLevel.HIGH));
        awaitFollowUps(caseId);

        followUps(LAN, caseId).andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(1));
        followUps(HOA, caseId).andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(1));
        followUps(MINH, caseId).andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(0));
    }

    @Test
    void otherRolesAreForbiddenAndStrangersUnauthorized() throws Exception {
        String police = "Bearer " + vn.hanoi.gbv.platform.testing.TestInfrastructure.tokens()
                .forUser("police.hk", null, "police-hoan-kiem", "AGENCY_OFFICER");

        followUps(police, "any-case")
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/followups").param("caseId", "any-case"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void aRequestWithoutACaseIsToldWhichFieldIsMissing() throws Exception {
        mvc.perform(get("/api/followups").header(HttpHeaders.AUTHORIZATION, SUPERVISOR)
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "vi"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("caseId"))
                .andExpect(jsonPath("$.errors[0].message").value(Matchers.containsString("vụ việc")));
    }
}

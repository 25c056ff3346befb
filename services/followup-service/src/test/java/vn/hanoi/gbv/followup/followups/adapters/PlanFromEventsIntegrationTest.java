package vn.hanoi.gbv.followup.followups.adapters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;
import vn.hanoi.gbv.events.Actor;
import vn.hanoi.gbv.events.AgencyType;
import vn.hanoi.gbv.events.IncidentType;
import vn.hanoi.gbv.events.Need;
import vn.hanoi.gbv.events.RiskLevel;
import vn.hanoi.gbv.events.Topics;
import vn.hanoi.gbv.events.intake.CaseVerified;
import vn.hanoi.gbv.events.intake.EmergencyCaseRegistered;
import vn.hanoi.gbv.events.referral.ReferralAccepted;
import vn.hanoi.gbv.events.referral.ReferralCompleted;
import vn.hanoi.gbv.events.referral.ReferralDeclined;
import vn.hanoi.gbv.followup.FollowupIntegrationTest;
import vn.hanoi.gbv.platform.messaging.OutboxMessage;
import vn.hanoi.gbv.platform.testing.TestInfrastructure;

/** Intake's and referral's events on Kafka plan the follow-ups the rules say, once each, for the right people. */
class PlanFromEventsIntegrationTest extends FollowupIntegrationTest {

    static final String LAN = token("lan", "hoan-kiem", "COUNSELLOR");
    static final String HOA = token("hoa", "hoan-kiem", "WARD_VERIFIER");
    static final String MINH = token("minh", "suoi-hai", "COUNSELLOR");
    static final String SUPERVISOR = token("supervisor", null, "SUPERVISOR");
    static final Actor VERIFIER = new Actor("hoa", "WARD_VERIFIER", "hoan-kiem", null);
    static final Actor POLICE_OFFICER = new Actor("police.hk", "AGENCY_OFFICER", null, "police-hoan-kiem");

    static CaseVerified verified(String caseId, RiskLevel risk) {
        return new CaseVerified(caseId, "HN-0001", "hoan-kiem", IncidentType.PHYSICAL_ASSAULT, risk,
                Set.of(Need.MEDICAL, Need.POLICE), Set.of(AgencyType.HEALTH, AgencyType.POLICE));
    }

    private static Instant occurredAt(OutboxMessage message) {
        return Instant.parse(JSON.readTree(message.payload()).get("occurredAt").asString()).truncatedTo(ChronoUnit.MILLIS);
    }

    private ResultActions followUps(String token, String caseId) throws Exception {
        return mvc.perform(get("/api/followups").param("caseId", caseId).header(HttpHeaders.AUTHORIZATION, token));
    }

    @Test
    void aVerifiedHighRiskCaseGetsItsFirstSafetyCheckWithinThreeDays() throws Exception {
        String caseId = UUID.randomUUID().toString();

        OutboxMessage event = publish(verified(caseId, RiskLevel.HIGH), VERIFIER);

        JsonNode first = awaitFollowUps(caseId, 1).get(0);
        assertThat(first.get("kind").asString()).isEqualTo("FIRST_SAFETY_CHECK");
        assertThat(first.get("ward").asString()).isEqualTo("hoan-kiem");
        assertThat(first.get("riskLevel").asString()).isEqualTo("HIGH");
        assertThat(first.get("status").asString()).isEqualTo("SCHEDULED");
        assertThat(Instant.parse(first.get("dueAt").asString())).isEqualTo(occurredAt(event).plus(Duration.ofHours(72)));
        JsonNode scheduled = published(caseId, "FollowUpScheduled").get(0);
        assertThat(scheduled.at("/payload/followUpId").asString()).isEqualTo(first.get("id").asString());
        assertThat(scheduled.at("/actor/role").asString()).isEqualTo("SERVICE");
        assertThat(scheduled.get("producer").asString()).isEqualTo("followup-service");
    }

    @Test
    void anEmergencyCaseIsCheckedWithinADayAndItsLaterVerificationPlansNothingMore() throws Exception {
        String caseId = UUID.randomUUID().toString();
        Actor lan = new Actor("lan", "COUNSELLOR", "hoan-kiem", null);

        OutboxMessage emergency = publish(new EmergencyCaseRegistered(caseId, "HN-0002", "hoan-kiem",
                IncidentType.PHYSICAL_ASSAULT, RiskLevel.IMMEDIATE_DANGER, Set.of(Need.SAFETY),
                Set.of(AgencyType.SHELTER)), lan);
        publish(emergency);
        publish(verified(caseId, RiskLevel.IMMEDIATE_DANGER), VERIFIER);
        awaitConsumed(Topics.INTAKE);

        followUps(SUPERVISOR, caseId)
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].kind").value("FIRST_SAFETY_CHECK"))
                .andExpect(jsonPath("$[0].dueAt").value(occurredAt(emergency).plus(Duration.ofHours(24)).toString()));
        assertThat(published(caseId, "FollowUpScheduled")).hasSize(1);
        assertThat(recordsOn(Topics.deadLetter(Topics.INTAKE), caseId)).isEmpty();
    }

    @Test
    void anAcceptedReferralGetsAServiceReceivedCheckOnceHoweverOftenItArrives() throws Exception {
        String caseId = UUID.randomUUID().toString();
        String referralId = UUID.randomUUID().toString();
        OutboxMessage accepted = publish(new ReferralAccepted(caseId, referralId, "police-hoan-kiem",
                AgencyType.POLICE, "hoan-kiem", RiskLevel.MEDIUM), POLICE_OFFICER);
        publish(accepted);
        awaitConsumed(Topics.REFERRAL);

        followUps(SUPERVISOR, caseId)
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].kind").value("SERVICE_RECEIVED_CHECK"))
                .andExpect(jsonPath("$[0].referralId").value(referralId))
                .andExpect(jsonPath("$[0].dueAt").value(occurredAt(accepted).plus(Duration.ofDays(7)).toString()));
        assertThat(recordsOn(Topics.deadLetter(Topics.REFERRAL), caseId)).isEmpty();
        assertThat(published(caseId, "FollowUpScheduled")).hasSize(1);
    }

    @Test
    void aCompletedAndADeclinedReferralEachGetAnOutcomeCheckWithinThreeDays() throws Exception {
        String caseId = UUID.randomUUID().toString();
        publish(verified(caseId, RiskLevel.LOW), VERIFIER);
        OutboxMessage completed = publish(new ReferralCompleted(caseId, "ref-health-" + caseId, "health-hoan-kiem",
                AgencyType.HEALTH, "hoan-kiem", ReferralCompleted.Outcome.SERVICE_PROVIDED), POLICE_OFFICER);
        OutboxMessage declined = publish(new ReferralDeclined(caseId, "ref-police-" + caseId, "police-hoan-kiem",
                AgencyType.POLICE, "hoan-kiem"), POLICE_OFFICER);

        JsonNode all = awaitFollowUps(caseId, 3);

        assertThat(all.valueStream().filter(f -> f.get("kind").asString().equals("REFERRAL_OUTCOME_CHECK"))
                .map(f -> f.get("dueAt").asString()).toList()).containsExactlyInAnyOrder(
                        occurredAt(completed).plus(Duration.ofDays(3)).toString(),
                        occurredAt(declined).plus(Duration.ofDays(3)).toString());
        // The case's risk, learnt from intake, is what the outcome checks carry.
        assertThat(all.valueStream().map(f -> f.get("riskLevel").asString())).containsOnly("LOW");
    }

    @Test
    void wardStaffSeeOnlyTheirOwnWardsFollowUps() throws Exception {
        String caseId = UUID.randomUUID().toString();
        publish(verified(caseId, RiskLevel.HIGH), VERIFIER);
        awaitFollowUps(caseId, 1);

        followUps(LAN, caseId).andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(1));
        followUps(HOA, caseId).andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(1));
        followUps(MINH, caseId).andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(0));
        followUps(token("sup.sh", "suoi-hai", "SUPERVISOR"), caseId).andExpect(jsonPath("$.length()").value(0));
    }

    @Test
    void otherRolesAreForbiddenAndStrangersUnauthorized() throws Exception {
        String police = "Bearer " + TestInfrastructure.tokens()
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

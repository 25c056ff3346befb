package vn.hanoi.gbv.followup.followups.adapters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;
import vn.hanoi.gbv.events.RiskLevel;
import vn.hanoi.gbv.events.Topics;
import vn.hanoi.gbv.followup.FollowupIntegrationTest;

/** A counsellor records a follow-up: codes go out, notes stay encrypted here, and the plan tightens with risk. */
class RecordingIntegrationTest extends FollowupIntegrationTest {

    private static final String NOTES = "Chị Hạnh nói chồng đã quay về nhà ở ngõ 12";

    private ResultActions record(String token, String followUpId, String body) throws Exception {
        return mvc.perform(post("/api/followups/" + followUpId + "/record").header(HttpHeaders.AUTHORIZATION, token)
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private static String body(String riskLevel, String extra) {
        return """
                {"contactMade": true, "channel": "PHONE", "survivorSafe": false, "riskLevel": "%s",
                 "indicators": ["THREAT_TO_KILL"], "servicesReceived": ["MEDICAL"], "newNeeds": ["LEGAL", "SAFETY"],
                 "notes": "%s"%s}""".formatted(riskLevel, NOTES, extra);
    }

    private String firstCheck(String caseId) {
        return awaitFollowUps(caseId, 1).get(0).get("id").asString();
    }

    @Test
    void aRaisedRiskTightensTheNextCheckAndOnlyCodesAndNeedsArePublished() throws Exception {
        String ward = newWard();
        String caseId = verifiedCase(ward, RiskLevel.LOW);
        String followUpId = firstCheck(caseId);
        Instant before = clock.instant();

        JsonNode answer = json(record(token("lan", ward, "COUNSELLOR"), followUpId, body("HIGH", ""))
                .andExpect(status().isOk()).andReturn());

        assertThat(answer.at("/recorded/status").asString()).isEqualTo("DONE");
        assertThat(answer.at("/next/kind").asString()).isEqualTo("NEXT_SAFETY_CHECK");
        assertThat(answer.at("/next/riskLevel").asString()).isEqualTo("HIGH");
        assertThat(Instant.parse(answer.at("/next/dueAt").asString()))
                .isBetween(before.plus(Duration.ofHours(72)).minusMillis(1), clock.instant().plus(Duration.ofHours(72)));

        JsonNode recorded = published(caseId, "FollowUpRecorded").get(0);
        assertThat(recorded.at("/payload/riskLevel").asString()).isEqualTo("HIGH");
        assertThat(recorded.at("/payload/previousRiskLevel").asString()).isEqualTo("LOW");
        assertThat(recorded.at("/payload/survivorSafe").asBoolean()).isFalse();
        assertThat(recorded.at("/actor/id").asString()).isEqualTo("lan");
        JsonNode needs = published(caseId, "NewNeedsIdentified").get(0);
        assertThat(needs.at("/payload/needs").valueStream().map(JsonNode::asString)).containsExactlyInAnyOrder("LEGAL", "SAFETY");
        // The recorded check and the next one are two documents with two outboxes: in order within each only.
        assertThat(publishedTypes(caseId)).containsExactlyInAnyOrder("FollowUpScheduled", "FollowUpScheduled",
                "FollowUpRecorded", "NewNeedsIdentified")
                .containsSubsequence("FollowUpScheduled", "FollowUpRecorded", "NewNeedsIdentified");
        assertThat(recordsOn(Topics.FOLLOWUP, caseId)).noneMatch(r -> r.value().contains("Hạnh") || r.value().contains("notes"));
    }

    @Test
    void notesAreEncryptedAtRestAndReadBackOnlyInScope() throws Exception {
        String ward = newWard();
        String caseId = verifiedCase(ward, RiskLevel.MEDIUM);
        String followUpId = firstCheck(caseId);

        record(token("lan", ward, "COUNSELLOR"), followUpId, body("MEDIUM", "")).andExpect(status().isOk());

        String stored = mongo.getCollection("followups").find(new Document("_id", followUpId)).first().toJson();
        assertThat(stored).doesNotContain("Hạnh").doesNotContain("ngõ").contains("test-1:");
        mvc.perform(get("/api/followups/" + followUpId).header(HttpHeaders.AUTHORIZATION, token("lan", ward, "COUNSELLOR")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.recording.notes").value(NOTES));
        mvc.perform(get("/api/followups/" + followUpId).header(HttpHeaders.AUTHORIZATION, token("minh", newWard(), "COUNSELLOR")))
                .andExpect(status().isNotFound());
    }

    @Test
    void onlyACounsellorOfTheCasesWardRecords() throws Exception {
        String ward = newWard();
        String followUpId = firstCheck(verifiedCase(ward, RiskLevel.HIGH));

        record(token("minh", newWard(), "COUNSELLOR"), followUpId, body("HIGH", "")).andExpect(status().isNotFound());
        record(token("hoa", ward, "WARD_VERIFIER"), followUpId, body("HIGH", "")).andExpect(status().isForbidden());
        record(token("sup", null, "SUPERVISOR"), followUpId, body("HIGH", ""))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void aNextDueDateInThePastOrAnUnknownCodeIsRefusedAndNothingChanges() throws Exception {
        String ward = newWard();
        String caseId = verifiedCase(ward, RiskLevel.HIGH);
        String followUpId = firstCheck(caseId);
        String lan = token("lan", ward, "COUNSELLOR");

        record(lan, followUpId, body("HIGH", ", \"nextDueAt\": \"2020-01-01T00:00:00Z\""))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("nextDueAt"));
        record(lan, followUpId, body("EXTREME", "")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("riskLevel"));
        record(lan, followUpId, "{\"contactMade\": true, \"channel\": \"PHONE\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("survivorSafe"));

        assertThat(awaitFollowUps(caseId, 1)).hasSize(1);
        assertThat(awaitFollowUps(caseId, 1).get(0).get("status").asString()).isEqualTo("SCHEDULED");
    }

    @Test
    void aFollowUpIsRecordedOnceAndACounsellorMayBringTheNextOneForward() throws Exception {
        String ward = newWard();
        String followUpId = firstCheck(verifiedCase(ward, RiskLevel.LOW));
        String lan = token("lan", ward, "COUNSELLOR");
        Instant tomorrow = clock.instant().plus(Duration.ofDays(1)).truncatedTo(java.time.temporal.ChronoUnit.MILLIS);

        record(lan, followUpId, body("LOW", ", \"nextDueAt\": \"" + tomorrow + "\""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.next.dueAt").value(tomorrow.toString()));
        record(lan, followUpId, body("LOW", "")).andExpect(status().isConflict());
    }
}

package vn.hanoi.gbv.followup.followups.adapters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.bson.Document;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;
import vn.hanoi.gbv.events.AgencyType;
import vn.hanoi.gbv.events.Actor;
import vn.hanoi.gbv.events.RiskLevel;
import vn.hanoi.gbv.events.Topics;
import vn.hanoi.gbv.events.referral.ReferralAccepted;
import vn.hanoi.gbv.followup.FollowupIntegrationTest;

/** Closure end to end: asked by a counsellor, decided by another person, undone by a supervisor. */
class CaseClosureIntegrationTest extends FollowupIntegrationTest {

    private ResultActions post(String token, String path, String body) throws Exception {
        var request = org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .post("/api/followups/cases" + path).header(HttpHeaders.AUTHORIZATION, token);
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(body);
        }
        return mvc.perform(request);
    }

    @Test
    void approvedClosureClosesTheCaseCancelsItsFollowUpsAndReopeningPlansAgain() throws Exception {
        String ward = newWard();
        String caseId = verifiedCase(ward, RiskLevel.MEDIUM);
        String lan = token("lan", ward, "COUNSELLOR");
        String supervisor = token("sup", null, "SUPERVISOR");

        post(lan, "/" + caseId + "/closure-request", "{\"reason\": \"SERVICES_COMPLETED\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("CLOSURE_REQUESTED"));
        post(supervisor, "/" + caseId + "/closure-request/approval", null)
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("CLOSED"));

        JsonNode followUps = awaitFollowUps(caseId, 1);
        assertThat(followUps.get(0).get("status").asString()).isEqualTo("CANCELLED");
        JsonNode closed = published(caseId, "CaseClosed").get(0);
        assertThat(closed.at("/payload/cause").asString()).isEqualTo("SERVICES_COMPLETED");
        assertThat(closed.at("/payload/requestedBy").asString()).isEqualTo("lan");
        assertThat(closed.at("/actor/id").asString()).isEqualTo("sup");

        // A closed case takes no recording and no new follow-ups from late referral events.
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .post("/api/followups/" + followUps.get(0).get("id").asString() + "/record")
                        .header(HttpHeaders.AUTHORIZATION, lan).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"contactMade\": false, \"channel\": \"PHONE\"}"))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        publish(new ReferralAccepted(caseId, UUID.randomUUID().toString(), "health-x", AgencyType.HEALTH, ward,
                RiskLevel.MEDIUM), new Actor("health.x", "AGENCY_OFFICER", null, "health-x"));
        awaitConsumed(Topics.REFERRAL);
        assertThat(awaitFollowUps(caseId, 1)).hasSize(1);

        post(supervisor, "/" + caseId + "/reopening", "{\"reason\": \"NEW_INCIDENT\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("OPEN"));
        JsonNode replanned = awaitFollowUps(caseId, 2);
        assertThat(replanned.valueStream().filter(f -> f.get("status").asString().equals("SCHEDULED"))
                .map(f -> f.get("kind").asString())).containsExactly("FIRST_SAFETY_CHECK");
        // The case file and each follow-up are separate documents, each with its own outbox: the relay keeps the
        // order within a document, not across them. So check each document's story in order.
        List<String> types = publishedTypes(caseId);
        List<String> caseFileEvents = List.of("CaseClosureRequested", "CaseClosed", "CaseReopened");
        assertThat(types.stream().filter(caseFileEvents::contains)).containsExactlyElementsOf(caseFileEvents);
        assertThat(types.stream().filter(type -> !caseFileEvents.contains(type)))
                .containsExactlyInAnyOrder("FollowUpScheduled", "FollowUpCancelled", "FollowUpScheduled");
    }

    @Test
    void theRequesterCannotApproveHerOwnClosureEvenAsSupervisor() throws Exception {
        String ward = newWard();
        String caseId = verifiedCase(ward, RiskLevel.LOW);
        String both = token("lan", ward, "COUNSELLOR", "SUPERVISOR");

        post(both, "/" + caseId + "/closure-request", "{\"reason\": \"LOST_CONTACT\"}").andExpect(status().isOk());
        post(both, "/" + caseId + "/closure-request/approval", null)
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));

        mvc.perform(get("/api/followups/cases/" + caseId).header(HttpHeaders.AUTHORIZATION, both))
                .andExpect(jsonPath("$.status").value("CLOSURE_REQUESTED"));
    }

    @Test
    void aRejectionKeepsItsCommentEncryptedHereAndTheCaseOpen() throws Exception {
        String ward = newWard();
        String caseId = verifiedCase(ward, RiskLevel.LOW);
        String lan = token("lan", ward, "COUNSELLOR");
        String supervisor = token("sup", null, "SUPERVISOR");

        post(lan, "/" + caseId + "/closure-request", "{\"reason\": \"OTHER\", \"explanation\": \"Về quê ở Nghệ An\"}")
                .andExpect(status().isOk());
        post(supervisor, "/" + caseId + "/closure-request/rejection", "{\"comment\": \"Chưa gặp luật sư\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("OPEN"))
                .andExpect(jsonPath("$.decisions[0].comment").value("Chưa gặp luật sư"))
                .andExpect(jsonPath("$.decisions[0].request.explanation").value("Về quê ở Nghệ An"));

        String stored = mongo.getCollection("casefiles").find(new Document("_id", caseId)).first().toJson();
        assertThat(stored).doesNotContain("Nghệ An").doesNotContain("luật sư");
        // Two documents, two outboxes: in order within the case file, in any order beside the follow-up.
        assertThat(publishedTypes(caseId)).containsExactlyInAnyOrder("FollowUpScheduled", "CaseClosureRequested",
                "CaseClosureRejected").containsSubsequence("CaseClosureRequested", "CaseClosureRejected");
        assertThat(published(caseId, "CaseClosureRejected").get(0).toString()).doesNotContain("luật sư");
    }

    @Test
    void badClosureInputIsRefusedAndChangesNothing() throws Exception {
        String ward = newWard();
        String caseId = verifiedCase(ward, RiskLevel.LOW);
        String lan = token("lan", ward, "COUNSELLOR");
        String supervisor = token("sup", null, "SUPERVISOR");

        post(lan, "/" + caseId + "/closure-request", "{\"reason\": \"BORED\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        post(lan, "/" + caseId + "/closure-request", "{\"reason\": \"OTHER\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("explanation"));
        post(supervisor, "/" + caseId + "/closure-request/approval", null).andExpect(status().isConflict());
        post(supervisor, "/" + caseId + "/reopening", "{\"reason\": \"NEW_INCIDENT\"}").andExpect(status().isConflict());
        post(token("minh", newWard(), "COUNSELLOR"), "/" + caseId + "/closure-request",
                "{\"reason\": \"RELOCATED\"}").andExpect(status().isNotFound());
        post(lan, "/" + caseId + "/closure-request/approval", null).andExpect(status().isForbidden());

        mvc.perform(get("/api/followups/cases/" + caseId).header(HttpHeaders.AUTHORIZATION, lan))
                .andExpect(jsonPath("$.status").value("OPEN"));
    }
}

package vn.hanoi.gbv.intake.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import vn.hanoi.gbv.intake.IntakeIntegrationTest;
import vn.hanoi.gbv.intake.support.CaseBody;
import vn.hanoi.gbv.intake.support.IntakeEvents.Event;
import vn.hanoi.gbv.intake.support.TestData;

/**
 * Security review F5: every answer that carries the survivor's identity is an access on the case's timeline, whatever
 * the method: a verification, an edit (even one that changed nothing, sent with a guessed If-Match), a consent
 * change, a link, a replayed registration.
 */
class AccessOnEveryAnswerWithIdentityIntegrationTest extends IntakeIntegrationTest {

    private final String ward = TestData.ward("hoan-kiem");
    private final String lan = counsellor("lan", ward);

    @Test
    void aNoOpEditWithAGuessedVersionIsAnAccessByItsAuthor() throws Exception {
        CaseBody body = CaseBody.unique(ward);
        String id = registered(lan, body).path("id").asString();
        String editor = supervisor("ha", ward);

        mvc.perform(patch("/api/cases/" + id).header(HttpHeaders.AUTHORIZATION, editor)
                        .header(HttpHeaders.IF_MATCH, "\"0\"").contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.survivor.fullName").value(body.fullName()));

        assertAccessBy(id, "ha", "SUPERVISOR");
    }

    @Test
    void aVerificationIsAnAccessByTheVerifier() throws Exception {
        String id = registered(lan, CaseBody.unique(ward)).path("id").asString();

        mvc.perform(post("/api/cases/" + id + "/verification").header(HttpHeaders.AUTHORIZATION, verifier("hoa", ward))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"decision\": \"VERIFIED\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.survivor.fullName").exists());

        assertAccessBy(id, "hoa", "WARD_VERIFIER");
    }

    @Test
    void aConsentChangeAndALinkAreAccessesByTheCounsellor() throws Exception {
        String id = registered(lan, CaseBody.unique(ward)).path("id").asString();
        String other = registered(lan, CaseBody.unique(ward)).path("id").asString();

        mvc.perform(put("/api/cases/" + id + "/consent").header(HttpHeaders.AUTHORIZATION, lan)
                        .header(HttpHeaders.IF_MATCH, "\"0\"").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"services\": true, \"shareWith\": [\"HEALTH\"]}"))
                .andExpect(status().isOk());
        assertAccessBy(id, "lan", "COUNSELLOR");

        mvc.perform(post("/api/cases/" + other + "/links").header(HttpHeaders.AUTHORIZATION, lan)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"caseId\": \"" + id + "\"}"))
                .andExpect(status().isOk());
        assertAccessBy(other, "lan", "COUNSELLOR");
    }

    @Test
    void aReplayedRegistrationIsAnAccess() throws Exception {
        CaseBody body = CaseBody.unique(ward);
        String key = "replay-" + java.util.UUID.randomUUID();
        String id = JSON.readTree(mvc.perform(post("/api/cases").header(HttpHeaders.AUTHORIZATION, lan)
                        .header("Idempotency-Key", key).contentType(MediaType.APPLICATION_JSON).content(body.toString()))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).path("id").asString();

        mvc.perform(post("/api/cases").header(HttpHeaders.AUTHORIZATION, lan).header("Idempotency-Key", key)
                        .contentType(MediaType.APPLICATION_JSON).content(body.toString()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.survivor.fullName").value(body.fullName()));

        assertAccessBy(id, "lan", "COUNSELLOR");
    }

    private void assertAccessBy(String caseId, String user, String role) {
        List<Event> accesses = events().awaitCase(caseId, all -> all.stream().anyMatch(event ->
                event.type().equals("CaseAccessed") && event.actor().path("id").asString().equals(user)));
        Event access = accesses.stream().filter(event -> event.type().equals("CaseAccessed")
                && event.actor().path("id").asString().equals(user)).findFirst().orElseThrow();
        assertThat(access.actor().path("role").asString()).isEqualTo(role);
        assertThat(access.payload().path("view").asString()).isEqualTo("FULL");
    }
}

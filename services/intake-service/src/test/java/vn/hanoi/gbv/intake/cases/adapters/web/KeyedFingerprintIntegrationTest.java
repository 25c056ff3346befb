package vn.hanoi.gbv.intake.cases.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.json.JsonMapper;
import vn.hanoi.gbv.intake.IntakeIntegrationTest;
import vn.hanoi.gbv.intake.support.CaseBody;
import vn.hanoi.gbv.intake.support.TestData;

/**
 * Security review F2: what is stored to recognise a retried registration cannot be recomputed from a guessed
 * survivor without the index key. Someone with a copy of the database, guessing a registration body (name, phone,
 * birth year...) and hashing it as the service serialises it, finds nothing equal; a retry still replays.
 */
class KeyedFingerprintIntegrationTest extends IntakeIntegrationTest {

    @Autowired
    JsonMapper json;

    @Test
    void aGuessedBodyCannotBeConfirmedFromTheStoredFingerprint() throws Exception {
        String ward = TestData.ward("hoan-kiem");
        String lan = counsellor("lan", ward);
        CaseBody body = CaseBody.unique(ward);
        String key = "fingerprint-" + java.util.UUID.randomUUID();

        String id = JSON.readTree(register(lan, body, key).andExpect(status().isCreated()).andReturn().getResponse()
                .getContentAsString()).path("id").asString();

        String stored = mongo.getCollection("cases").find(new org.bson.Document("_id", id)).first()
                .getString("requestFingerprint");
        String guess = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(json.writeValueAsString(
                json.readValue(body.toString(), RegisterCaseRequest.class)).getBytes(StandardCharsets.UTF_8)));
        assertThat(stored).isNotBlank().isNotEqualTo(guess).doesNotContain(guess);

        // The fingerprint still does its work: the same body replays, another body under the key is refused.
        register(lan, body, key).andExpect(status().isOk());
        body.survivor().put("birthYear", 1991);
        register(lan, body, key).andExpect(status().isUnprocessableContent());
    }

    private ResultActions register(String token, CaseBody body, String key) throws Exception {
        return mvc.perform(post("/api/cases").header(HttpHeaders.AUTHORIZATION, token).header("Idempotency-Key", key)
                .contentType(MediaType.APPLICATION_JSON).content(body.toString()));
    }
}

package vn.hanoi.gbv.intake.cases.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import vn.hanoi.gbv.intake.IntakeIntegrationTest;
import vn.hanoi.gbv.intake.support.CaseBody;
import vn.hanoi.gbv.intake.support.TestData;

/**
 * Cases stored before the security review's fixes are brought up to them once (F2, F11): a plain digest stored as
 * the request fingerprint becomes its keyed HMAC (and a retry of that registration still replays), and name
 * indexes computed without the confusables skeleton are recomputed.
 */
class StoredCasesUpgradeIntegrationTest extends IntakeIntegrationTest {

    @Autowired
    StoredCasesUpgrade upgrade;

    @Autowired
    SurvivorBlindIndex index;

    @Test
    void anOldCaseGetsAKeyedFingerprintAndNewNameIndexesAndStillReplays() throws Exception {
        String ward = TestData.ward("hoan-kiem");
        String lan = counsellor("lan", ward);
        CaseBody body = CaseBody.minimal(ward, "Trần Thị Mai " + TestData.syllable(true), "0" + TestData.mobileDigits(),
                1988);
        String key = "upgrade-" + java.util.UUID.randomUUID();
        String id = JSON.readTree(mvc.perform(post("/api/cases").header(HttpHeaders.AUTHORIZATION, lan)
                        .header("Idempotency-Key", key).contentType(MediaType.APPLICATION_JSON).content(body.toString()))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).path("id").asString();
        Document stored = mongo.getCollection("cases").find(new Document("_id", id)).first();
        String keyed = stored.getString("requestFingerprint");
        List<String> indexes = ((Document) stored.get("survivor")).getList("nameIndexes", String.class);
        // As an earlier version stored it: the plain digest the keyed value is made from, and an old name index.
        String plainDigest = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest("an earlier version's body".getBytes(StandardCharsets.UTF_8)));
        mongo.getCollection("cases").updateOne(new Document("_id", id), new Document("$set", new Document(
                "requestFingerprint", plainDigest).append("survivor.nameIndexes", List.of("old-index"))));
        mongo.getCollection(StoredCasesUpgrade.MARKERS).deleteOne(new Document("_id", StoredCasesUpgrade.MARKER));

        assertThat(upgrade.run()).isGreaterThanOrEqualTo(1);

        Document upgraded = mongo.getCollection("cases").find(new Document("_id", id)).first();
        assertThat(upgraded.getString("requestFingerprint")).isEqualTo(index.requestFingerprint(plainDigest))
                .isNotEqualTo(plainDigest);
        assertThat(((Document) upgraded.get("survivor")).getList("nameIndexes", String.class))
                .containsExactlyElementsOf(indexes);
        assertThat(upgrade.run()).as("done once").isZero();

        // A fingerprint written by this version was already keyed: the retry replays as before.
        mongo.getCollection("cases").updateOne(new Document("_id", id),
                new Document("$set", new Document("requestFingerprint", keyed)));
        mvc.perform(post("/api/cases").header(HttpHeaders.AUTHORIZATION, lan).header("Idempotency-Key", key)
                .contentType(MediaType.APPLICATION_JSON).content(body.toString())).andExpect(status().isOk());
    }
}

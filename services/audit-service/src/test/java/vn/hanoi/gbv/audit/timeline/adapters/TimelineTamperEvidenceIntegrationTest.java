package vn.hanoi.gbv.audit.timeline.adapters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import com.mongodb.client.MongoCollection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;
import vn.hanoi.gbv.audit.AuditIntegrationTest;
import vn.hanoi.gbv.events.Actor;
import vn.hanoi.gbv.events.Topics;
import vn.hanoi.gbv.events.intake.CaseAccessed;
import vn.hanoi.gbv.events.intake.CaseRejected;
import vn.hanoi.gbv.platform.messaging.OutboxMessage;

/**
 * Someone with write access to MongoDB changes, removes or reorders one entry of a timeline: verification names
 * the first entry it can no longer vouch for. Redelivering every event changes neither entries nor hashes.
 */
class TimelineTamperEvidenceIntegrationTest extends AuditIntegrationTest {

    static final String SUPERVISOR = token("supervisor", null, "SUPERVISOR");
    static final Actor LAN = new Actor("lan", "COUNSELLOR", "hoan-kiem", null);

    @Autowired
    MockMvc mvc;

    @Autowired
    MongoTemplate mongo;

    private MongoCollection<Document> entries() {
        return mongo.getCollection("timeline_entries");
    }

    /** Five events of a new case, recorded; returns the case id and the records as published. */
    private List<OutboxMessage> recordFiveEvents(String caseId) throws Exception {
        var intake = envelopesOf("intake-service");
        List<OutboxMessage> published = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            var message = i == 4 ? intake.toOutbox(new CaseRejected(caseId, "hoan-kiem"), LAN)
                    : intake.toOutbox(new CaseAccessed(caseId, "hoan-kiem", "FULL"), LAN);
            publish(message.topic(), message.key(), message.payload());
            published.add(message);
        }
        awaitVerification(caseId, body -> JsonPath.<Integer>read(body, "$.entries") == 5
                && JsonPath.<Object>read(body, "$.checkpoint") != null
                && JsonPath.<Integer>read(body, "$.checkpoint.seq") == 5);
        return published;
    }

    private String verification(String caseId) throws Exception {
        return mvc.perform(get("/api/audit/cases/" + caseId + "/verification").header(HttpHeaders.AUTHORIZATION,
                SUPERVISOR)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private String awaitVerification(String caseId, java.util.function.Predicate<String> done) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> {
            var response = mvc.perform(get("/api/audit/cases/" + caseId + "/verification")
                    .header(HttpHeaders.AUTHORIZATION, SUPERVISOR)).andReturn().getResponse();
            return response.getStatus() == 200 ? response.getContentAsString() : null;
        }, body -> body != null && done.test(body));
    }

    private static Document at(String caseId, int seq) {
        return new Document("caseId", caseId).append("seq", (long) seq);
    }

    @Test
    void anUntouchedTimelineIsIntactAndAgreesWithItsLatestCheckpoint() throws Exception {
        String caseId = UUID.randomUUID().toString();
        recordFiveEvents(caseId);

        String v = verification(caseId);

        assertThat(JsonPath.<Boolean>read(v, "$.intact")).isTrue();
        assertThat(JsonPath.<Integer>read(v, "$.entries")).isEqualTo(5);
        assertThat(JsonPath.<Object>read(v, "$.firstBrokenSeq")).isNull();
        assertThat(JsonPath.<String>read(v, "$.headHash")).matches("[0-9a-f]{64}")
                .isEqualTo(JsonPath.read(v, "$.checkpoint.headHash"));
    }

    @Test
    void aFieldChangedInTheDatabaseIsFoundAtItsEntry() throws Exception {
        String caseId = UUID.randomUUID().toString();
        recordFiveEvents(caseId);

        entries().updateOne(at(caseId, 3), new Document("$set", new Document("actor.actorId", "nobody")));

        String v = verification(caseId);
        assertThat(JsonPath.<Boolean>read(v, "$.intact")).isFalse();
        assertThat(JsonPath.<Integer>read(v, "$.firstBrokenSeq")).isEqualTo(3);
    }

    @Test
    void anEntryChangedWithItsCanonicalBytesAndHashRecomputedIsStillFound() throws Exception {
        String caseId = UUID.randomUUID().toString();
        recordFiveEvents(caseId);

        // A careful intruder rewrites the text and the hash of entry 4, but cannot sign a checkpoint.
        Document fourth = entries().find(at(caseId, 4)).first();
        String forged = fourth.getString("canonical").replace("\"FULL\"", "\"HISTORY\"");
        String hash = vn.hanoi.gbv.audit.timeline.domain.HashChain.next(fourth.getString("prevHash"), forged);
        entries().updateOne(at(caseId, 4), new Document("$set", new Document("canonical", forged)
                .append("access.view", "HISTORY").append("hash", hash)));

        String v = verification(caseId);
        assertThat(JsonPath.<Boolean>read(v, "$.intact")).isFalse();
        // The chain alone would break at 5 (it no longer follows 4), but the checkpoint signed at 4 disagrees.
        assertThat(JsonPath.<Integer>read(v, "$.firstBrokenSeq")).isEqualTo(4);
    }

    @Test
    void aDeletedEntryIsFoundWhereTheGapIs() throws Exception {
        String caseId = UUID.randomUUID().toString();
        recordFiveEvents(caseId);

        entries().deleteOne(at(caseId, 2));

        String v = verification(caseId);
        assertThat(JsonPath.<Boolean>read(v, "$.intact")).isFalse();
        assertThat(JsonPath.<Integer>read(v, "$.entries")).isEqualTo(4);
        assertThat(JsonPath.<Integer>read(v, "$.firstBrokenSeq")).isEqualTo(2);
    }

    @Test
    void aDeletedLastEntryIsFoundThroughTheCheckpoint() throws Exception {
        String caseId = UUID.randomUUID().toString();
        recordFiveEvents(caseId);

        entries().deleteOne(at(caseId, 5));

        assertThat(JsonPath.<Integer>read(verification(caseId), "$.firstBrokenSeq")).isEqualTo(5);
    }

    @Test
    void reorderedEntriesAreFoundAtTheFirstMovedOne() throws Exception {
        String caseId = UUID.randomUUID().toString();
        recordFiveEvents(caseId);

        // Swap entries 2 and 3 (through a free seq, as the unique index demands).
        entries().updateOne(at(caseId, 2), new Document("$set", new Document("seq", 99L)));
        entries().updateOne(at(caseId, 3), new Document("$set", new Document("seq", 2L)));
        entries().updateOne(at(caseId, 99), new Document("$set", new Document("seq", 3L)));

        String v = verification(caseId);
        assertThat(JsonPath.<Boolean>read(v, "$.intact")).isFalse();
        assertThat(JsonPath.<Integer>read(v, "$.firstBrokenSeq")).isEqualTo(2);
    }

    @Test
    void everyEventDeliveredTwiceLeavesTheSameEntriesAndHashes() throws Exception {
        String caseId = UUID.randomUUID().toString();
        List<OutboxMessage> published = recordFiveEvents(caseId);
        String before = mvc.perform(get("/api/audit/cases/" + caseId + "/timeline")
                .header(HttpHeaders.AUTHORIZATION, SUPERVISOR)).andReturn().getResponse().getContentAsString();
        String verifiedBefore = verification(caseId);

        for (OutboxMessage message : published) {
            publish(message.topic(), message.key(), message.payload());
        }
        awaitConsumed(Topics.INTAKE);

        String after = mvc.perform(get("/api/audit/cases/" + caseId + "/timeline")
                .header(HttpHeaders.AUTHORIZATION, SUPERVISOR)).andReturn().getResponse().getContentAsString();
        assertThat(after).isEqualTo(before);
        assertThat(JsonPath.<List<String>>read(after, "$.entries[*].hash")).hasSize(5).doesNotHaveDuplicates();
        assertThat(verification(caseId)).isEqualTo(verifiedBefore);
        assertThat(mongo.getCollection("timeline_checkpoints").countDocuments(new Document("caseId", caseId)))
                .isEqualTo(5);
    }
}

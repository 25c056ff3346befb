package vn.hanoi.gbv.referral.referrals.adapters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;
import vn.hanoi.gbv.events.AgencyType;
import vn.hanoi.gbv.events.Need;
import vn.hanoi.gbv.events.Topics;
import vn.hanoi.gbv.referral.ReferralIntegrationTest;
import vn.hanoi.gbv.referral.referrals.application.ReferralRouting;
import vn.hanoi.gbv.referral.referrals.domain.Referral;

/**
 * Notes on a referral through the API, the database and the broker: the case's counsellor tells the receiving
 * agency what it needs to act safely; the agency reads it in its inbox; the text is encrypted at rest and never on
 * {@code gbv.referral.events}; everyone else is refused as the rules say, and a refusal changes nothing.
 */
class ReferralNotesIntegrationTest extends ReferralIntegrationTest {

    static final String POLICE_HK = token("police.hk", null, "police-hoan-kiem", "AGENCY_OFFICER");
    static final String HEALTH_HK = token("health.hk", null, "health-hoan-kiem", "AGENCY_OFFICER");
    static final String UBND_HK = token("ubnd.hk", "hoan-kiem", "ubnd-hoan-kiem", "COMMITTEE_OFFICER");
    static final String LAN = token("lan", "hoan-kiem", null, "COUNSELLOR");
    static final String HOA = token("hoa", "hoan-kiem", null, "WARD_VERIFIER");
    static final String MINH = token("minh", "suoi-hai", null, "COUNSELLOR");
    static final String SUPERVISOR = token("supervisor", null, null, "SUPERVISOR");
    static final String ADMIN = token("admin", null, null, "ADMIN");

    /** Two sentences a counsellor might write; each carries words that must never appear outside the API. */
    static final String NOTE = "Call only after 6 pm: her husband checks her phone. Chị ấy nói tiếng H'Mông.";
    static final String SECOND = "Gặp ở trạm y tế, không đến nhà (Ngõ 12 Hàng Bạc).";
    static final List<String> TELLTALES = List.of("husband", "6 pm", "H'Mông", "tiếng", "Hàng Bạc", "Ngõ 12");

    @Autowired
    ReferralRouting routing;

    @Autowired
    MongoTemplate mongo;

    /** A hoan-kiem case verified with police and health needs and consent; its referrals by agency id. */
    private Map<String, String> referredCase(String caseId) {
        var verified = verifiedCase(caseId, "hoan-kiem", Set.of(Need.POLICE, Need.MEDICAL),
                Set.of(AgencyType.POLICE, AgencyType.HEALTH));
        return routing.route(UUID.randomUUID(), verified).stream()
                .collect(Collectors.toMap(Referral::agencyId, Referral::id));
    }

    private ResultActions addNote(String token, String referralId, String text) throws Exception {
        return addNoteBody(token, referralId, json.writeValueAsString(Map.of("text", text)));
    }

    private ResultActions addNoteBody(String token, String referralId, String body) throws Exception {
        return mvc.perform(post("/api/referrals/" + referralId + "/notes").header(HttpHeaders.AUTHORIZATION, token)
                .contentType(MediaType.APPLICATION_JSON).content(body.getBytes(StandardCharsets.UTF_8)));
    }

    private ResultActions step(String token, String referralId, String step, String body) throws Exception {
        var request = post("/api/referrals/" + referralId + "/" + step).header(HttpHeaders.AUTHORIZATION, token);
        return mvc.perform(body == null ? request : request.contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private JsonNode getJson(String token, String path) throws Exception {
        return json.readTree(mvc.perform(get(path).header(HttpHeaders.AUTHORIZATION, token))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    private JsonNode inboxItem(String token, String referralId) throws Exception {
        return item(getJson(token, "/api/referrals/inbox"), referralId);
    }

    private static JsonNode item(JsonNode list, String referralId) {
        return StreamSupport.stream(list.spliterator(), false)
                .filter(item -> item.path("id").asString().equals(referralId)).findFirst().orElseThrow();
    }

    private static List<String> texts(JsonNode referral) {
        return StreamSupport.stream(referral.path("notes").spliterator(), false)
                .map(note -> note.path("text").asString()).toList();
    }

    /** Every record this service published about the case, once its outbox is empty. */
    private List<ConsumerRecord<String, String>> publishedAbout(String caseId) {
        await().atMost(PATIENCE).until(() -> mongo.count(Query.query(
                Criteria.where("caseId").is(caseId).and("outbox.0").exists(true)), "referrals") == 0);
        return recordsSoFar(Topics.REFERRAL, record -> record.value().contains(caseId));
    }

    private Document stored(String referralId) {
        return mongo.getCollection("referrals").find(new Document("_id", referralId)).first();
    }

    @Test
    void theCounsellorsNoteReachesThePoliceInboxEncryptedAtRestAndNeverInAnEvent() throws Exception {
        String caseId = newCaseId();
        Map<String, String> referrals = referredCase(caseId);
        String police = referrals.get("police-hoan-kiem");

        addNote(LAN, police, NOTE)
                .andExpect(status().isCreated())
                .andExpect(header().string(HttpHeaders.LOCATION, "/api/referrals/" + police))
                .andExpect(jsonPath("$.id").value(police))
                .andExpect(jsonPath("$.status").value("SENT"))
                .andExpect(jsonPath("$.notes.length()").value(1))
                .andExpect(jsonPath("$.notes[0].author").value("lan"))
                .andExpect(jsonPath("$.notes[0].writtenAt").isNotEmpty())
                .andExpect(jsonPath("$.notes[0].text").value(NOTE));
        addNote(SUPERVISOR, police, SECOND).andExpect(status().isCreated())
                .andExpect(jsonPath("$.notes[*].author", Matchers.contains("lan", "supervisor")));

        // police.hk reads both in its inbox, in the order written, and acts on the referral as before.
        JsonNode inPoliceInbox = inboxItem(POLICE_HK, police);
        assertThat(texts(inPoliceInbox)).containsExactly(NOTE, SECOND);
        assertThat(inPoliceInbox.path("notes").get(0).path("author").asString()).isEqualTo("lan");
        assertThat(inPoliceInbox.path("caseCode").asString()).startsWith("GBV-");
        step(POLICE_HK, police, "acknowledge", null).andExpect(status().isOk())
                .andExpect(jsonPath("$.notes.length()").value(2));

        // The referral itself: the agency's officer, the ward's staff and supervisors read the notes; another
        // agency does not see the referral at all, and its own referral of the case carries no notes.
        mvc.perform(get("/api/referrals/" + police).header(HttpHeaders.AUTHORIZATION, POLICE_HK))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.CACHE_CONTROL, Matchers.containsString("no-store")));
        for (String reader : List.of(POLICE_HK, LAN, HOA, SUPERVISOR)) {
            assertThat(texts(getJson(reader, "/api/referrals/" + police))).containsExactly(NOTE, SECOND);
        }
        assertThat(texts(item(getJson(LAN, "/api/referrals?caseId=" + caseId), police))).containsExactly(NOTE, SECOND);
        mvc.perform(get("/api/referrals/" + police).header(HttpHeaders.AUTHORIZATION, HEALTH_HK))
                .andExpect(status().isNotFound());
        assertThat(texts(inboxItem(HEALTH_HK, referrals.get("health-hoan-kiem")))).isEmpty();
        assertThat(texts(inboxItem(UBND_HK, referrals.get("ubnd-hoan-kiem")))).isEmpty();

        // At rest: who and when in clear, the text only as ciphertext under referral's own notes key.
        Document document = stored(police);
        assertThat(document).isNotNull();
        String raw = document.toJson();
        assertThat(TELLTALES).allSatisfy(word -> assertThat(raw).doesNotContain(word));
        List<Document> notes = document.getList("notes", Document.class);
        assertThat(notes).hasSize(2);
        assertThat(notes.get(0).getString("author")).isEqualTo("lan");
        assertThat(notes.get(0).getString("encryptedText")).startsWith("test-1:");
        assertThat(notes.get(0)).doesNotContainKey("text");

        // On the broker: two ReferralNoteAdded events with their actors, and no record about the case has the text.
        List<ConsumerRecord<String, String>> added = awaitRecords(Topics.REFERRAL, event("ReferralNoteAdded", caseId), 2);
        JsonNode first = json.readTree(added.get(0).value());
        assertThat(first.path("payload").path("referralId").asString()).isEqualTo(police);
        assertThat(first.path("payload").path("agencyId").asString()).isEqualTo("police-hoan-kiem");
        assertThat(first.path("payload").path("agencyType").asString()).isEqualTo("POLICE");
        assertThat(first.path("payload").path("ward").asString()).isEqualTo("hoan-kiem");
        assertThat(StreamSupport.stream(first.path("payload").propertyNames().spliterator(), false).toList())
                .containsExactlyInAnyOrder("caseId", "referralId", "agencyId", "agencyType", "ward");
        assertThat(added).extracting(record -> json.readTree(record.value()).path("actor").path("id").asString())
                .containsExactly("lan", "supervisor");
        assertThat(added).extracting(record -> json.readTree(record.value()).path("actor").path("role").asString())
                .containsExactly("COUNSELLOR", "SUPERVISOR");
        List<ConsumerRecord<String, String>> all = publishedAbout(caseId);
        assertThat(all).extracting(record -> json.readTree(record.value()).path("type").asString())
                .contains("ReferralCreated", "ReferralNoteAdded", "ReferralAcknowledged");
        assertThat(all).allSatisfy(record -> assertThat(TELLTALES)
                .allSatisfy(word -> assertThat(record.value()).doesNotContain(word)));
    }

    @Test
    void onlyTheWardsCounsellorOrASupervisorWrites_anotherWardOrAnUnknownReferralIsNotFound() throws Exception {
        String caseId = newCaseId();
        String police = referredCase(caseId).get("police-hoan-kiem");

        addNote(POLICE_HK, police, NOTE).andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        addNote(UBND_HK, police, NOTE).andExpect(status().isForbidden());
        addNote(HOA, police, NOTE).andExpect(status().isForbidden());
        addNote(ADMIN, police, NOTE).andExpect(status().isForbidden());
        addNote(MINH, police, NOTE).andExpect(status().isNotFound());
        addNote(LAN, Referral.idFor(caseId, "police-nowhere"), NOTE).andExpect(status().isNotFound());
        addNote(SUPERVISOR, "no-such-referral", NOTE).andExpect(status().isNotFound());
        mvc.perform(post("/api/referrals/" + police + "/notes").contentType(MediaType.APPLICATION_JSON)
                .content("{\"text\": \"x\"}")).andExpect(status().isUnauthorized());

        // Bad input names the field, and never repeats the text.
        addNoteBody(LAN, police, "{}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("text"));
        addNote(LAN, police, "   ").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("text"));
        String tooLong = "husband ".repeat(250) + "x";
        String answer = addNote(LAN, police, tooLong).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("text"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(answer).doesNotContain("husband");

        Document document = stored(police);
        assertThat(document.getList("notes", Document.class)).isEmpty();
        assertThat(publishedAbout(caseId)).noneMatch(event("ReferralNoteAdded", caseId));
    }

    @Test
    void aRevokedDeclinedOrCompletedReferralTakesNoNote_norDoesTheCommitteesNotification() throws Exception {
        String caseId = newCaseId();
        Map<String, String> referrals = referredCase(caseId);
        String police = referrals.get("police-hoan-kiem");
        String health = referrals.get("health-hoan-kiem");
        addNote(LAN, police, NOTE).andExpect(status().isCreated());
        step(LAN, police, "revoke", "{\"cause\": \"SURVIVOR_REQUEST\"}").andExpect(status().isOk());
        step(HEALTH_HK, health, "decline", "{\"reason\": \"no doctor tonight\"}").andExpect(status().isOk());

        addNote(LAN, police, SECOND).andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        addNote(SUPERVISOR, health, SECOND).andExpect(status().isConflict());
        addNote(LAN, referrals.get("ubnd-hoan-kiem"), SECOND).andExpect(status().isConflict());

        String completedCase = newCaseId();
        String completed = referredCase(completedCase).get("police-hoan-kiem");
        step(POLICE_HK, completed, "accept", null).andExpect(status().isOk());
        step(POLICE_HK, completed, "complete", "{\"outcome\": \"SERVICE_PROVIDED\"}").andExpect(status().isOk());
        addNote(LAN, completed, SECOND).andExpect(status().isConflict());

        // Revoked: the police keep the referral in their inbox but no longer read what identifies her; the ward
        // and supervisors still do.
        assertThat(texts(inboxItem(POLICE_HK, police))).isEmpty();
        assertThat(texts(getJson(LAN, "/api/referrals/" + police))).containsExactly(NOTE);
        assertThat(texts(getJson(SUPERVISOR, "/api/referrals/" + police))).containsExactly(NOTE);
        assertThat(stored(police).getList("notes", Document.class)).hasSize(1);
        assertThat(stored(health).getList("notes", Document.class)).isEmpty();
        assertThat(publishedAbout(caseId).stream().filter(event("ReferralNoteAdded", caseId))).hasSize(1);
    }
}

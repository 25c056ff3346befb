package vn.hanoi.gbv.referral.referrals.adapters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
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

/** The referral API as agencies, ward staff and supervisors use it, including every way a request is refused. */
class ReferralsApiIntegrationTest extends ReferralIntegrationTest {

    static final String POLICE_HK = token("police.hk", null, "police-hoan-kiem", "AGENCY_OFFICER");
    static final String HEALTH_HK = token("health.hk", null, "health-hoan-kiem", "AGENCY_OFFICER");
    static final String UBND_HK = token("ubnd.hk", "hoan-kiem", "ubnd-hoan-kiem", "COMMITTEE_OFFICER");
    static final String LAN = token("lan", "hoan-kiem", null, "COUNSELLOR");
    static final String MINH = token("minh", "suoi-hai", null, "COUNSELLOR");
    static final String SUPERVISOR = token("supervisor", null, null, "SUPERVISOR");

    @Autowired
    ReferralRouting routing;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    vn.hanoi.gbv.referral.referrals.domain.Referrals referrals;

    /** A hoan-kiem case verified with police and health needs and consent; its referrals by agency id. */
    private Map<String, String> referredCase(String caseId) {
        var verified = verifiedCase(caseId, "hoan-kiem", Set.of(Need.POLICE, Need.MEDICAL),
                Set.of(AgencyType.POLICE, AgencyType.HEALTH));
        return routing.route(UUID.randomUUID(), verified).stream()
                .collect(Collectors.toMap(Referral::agencyId, Referral::id));
    }

    private ResultActions getAs(String token, String path) throws Exception {
        return mvc.perform(get(path).header(HttpHeaders.AUTHORIZATION, token));
    }

    private ResultActions accept(String token, String referralId) throws Exception {
        return mvc.perform(post("/api/referrals/" + referralId + "/accept").header(HttpHeaders.AUTHORIZATION, token));
    }

    private ResultActions decline(String token, String referralId, String body) throws Exception {
        return mvc.perform(post("/api/referrals/" + referralId + "/decline").header(HttpHeaders.AUTHORIZATION, token)
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private static List<String> idsOf(ResultActions result) throws Exception {
        return JsonPath.read(result.andReturn().getResponse().getContentAsString(), "$[*].id");
    }

    @Test
    void eachAgencysInboxHoldsOnlyItsOwnReferralsNewestFirst() throws Exception {
        Map<String, String> older = referredCase(newCaseId());
        Map<String, String> newer = referredCase(newCaseId());

        List<String> policeInbox = idsOf(getAs(POLICE_HK, "/api/referrals/inbox").andExpect(status().isOk()));
        List<String> healthInbox = idsOf(getAs(HEALTH_HK, "/api/referrals/inbox").andExpect(status().isOk()));

        assertThat(policeInbox).containsSubsequence(newer.get("police-hoan-kiem"), older.get("police-hoan-kiem"))
                .doesNotContain(newer.get("health-hoan-kiem"), newer.get("ubnd-hoan-kiem"));
        assertThat(healthInbox).contains(newer.get("health-hoan-kiem"))
                .doesNotContain(newer.get("police-hoan-kiem"), older.get("police-hoan-kiem"));
    }

    @Test
    void anInboxEntryCarriesTheCasesClassificationAndNothingAboutTheSurvivor() throws Exception {
        String caseId = newCaseId();
        String referralId = referredCase(caseId).get("police-hoan-kiem");

        getAs(POLICE_HK, "/api/referrals/" + referralId)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.caseId").value(caseId))
                .andExpect(jsonPath("$.caseCode").value("GBV-" + caseId.substring(0, 8).toUpperCase(Locale.ROOT)))
                .andExpect(jsonPath("$.ward").value("hoan-kiem"))
                .andExpect(jsonPath("$.agencyType").value("POLICE"))
                .andExpect(jsonPath("$.need").value("POLICE"))
                .andExpect(jsonPath("$.incidentType").value("PHYSICAL_ASSAULT"))
                .andExpect(jsonPath("$.riskLevel").value("HIGH"))
                .andExpect(jsonPath("$.emergency").value(false))
                .andExpect(jsonPath("$.status").value("SENT"))
                .andExpect(jsonPath("$.createdAt").isNotEmpty())
                .andExpect(jsonPath("$.survivor").doesNotExist());
    }

    @Test
    void theCommitteeOfficerSeesTheWardNotificationWithoutANeed() throws Exception {
        String caseId = newCaseId();
        String notification = referredCase(caseId).get("ubnd-hoan-kiem");

        String inbox = getAs(UBND_HK, "/api/referrals/inbox").andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        List<Map<String, Object>> ofThisCase = JsonPath.read(inbox, "$[?(@.caseId == '" + caseId + "')]");
        assertThat(ofThisCase).singleElement().satisfies(entry -> {
            assertThat(entry).containsEntry("id", notification).containsEntry("agencyType", "PEOPLES_COMMITTEE");
            assertThat(entry.get("need")).isNull();
        });
    }

    @Test
    void anotherAgencysReferralIsNotFoundEvenToAccept() throws Exception {
        String policeReferral = referredCase(newCaseId()).get("police-hoan-kiem");

        getAs(HEALTH_HK, "/api/referrals/" + policeReferral)
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        accept(HEALTH_HK, policeReferral)
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        getAs(POLICE_HK, "/api/referrals/" + policeReferral).andExpect(jsonPath("$.status").value("SENT"));
    }

    @Test
    void acceptingPublishesReferralAcceptedAndASecondAcceptIsAConflict() throws Exception {
        String caseId = newCaseId();
        String referralId = referredCase(caseId).get("police-hoan-kiem");

        accept(POLICE_HK, referralId)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("ACCEPTED"))
                .andExpect(jsonPath("$.decidedBy").value("police.hk"))
                .andExpect(jsonPath("$.decidedAt").isNotEmpty());

        List<ConsumerRecord<String, String>> accepted = awaitRecords(Topics.REFERRAL, event("ReferralAccepted", caseId), 1);
        JsonNode envelope = json.readTree(accepted.get(0).value());
        assertThat(accepted.get(0).key()).isEqualTo(caseId);
        assertThat(envelope.path("payload").path("referralId").asString()).isEqualTo(referralId);
        assertThat(envelope.path("actor").path("id").asString()).isEqualTo("police.hk");
        assertThat(envelope.path("actor").path("role").asString()).isEqualTo("AGENCY_OFFICER");

        accept(POLICE_HK, referralId)
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(post("/api/referrals/" + referralId + "/accept").header(HttpHeaders.AUTHORIZATION, POLICE_HK)
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "vi-VN,vi;q=0.9"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.title").value("Xung đột"))
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("ACCEPTED")));
    }

    @Test
    void aDeclineWithoutAReasonIsRefusedNamingTheField() throws Exception {
        String referralId = referredCase(newCaseId()).get("health-hoan-kiem");

        decline(HEALTH_HK, referralId, "{}")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        decline(HEALTH_HK, referralId, "{\"reason\": \"   \"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        decline(HEALTH_HK, referralId, "{\"reason\": \"" + "x".repeat(2001) + "\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        getAs(HEALTH_HK, "/api/referrals/" + referralId).andExpect(jsonPath("$.status").value("SENT"));
    }

    @Test
    void aDeclineKeepsItsReasonInTheDatabaseAndOutOfTheEvent() throws Exception {
        String caseId = newCaseId();
        String referralId = referredCase(caseId).get("health-hoan-kiem");
        String reason = "Chị Nguyễn Thị Mai đã chuyển về quê";

        String answer = decline(HEALTH_HK, referralId, "{\"reason\": \"" + reason + "\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("DECLINED"))
                .andReturn().getResponse().getContentAsString();

        assertThat(answer).doesNotContain("Mai");
        Document stored = mongo.getCollection("referrals").find(new Document("_id", referralId)).first();
        assertThat(stored).isNotNull();
        // Encrypted at rest like the notes (it can name her), and read back as written.
        assertThat(stored.getString("declineReason")).isNotBlank().doesNotContain("Mai", "quê");
        assertThat(referrals.byId(referralId).orElseThrow().snapshot().declineReason()).isEqualTo(reason);
        List<ConsumerRecord<String, String>> declined = awaitRecords(Topics.REFERRAL, event("ReferralDeclined", caseId), 1);
        assertThat(declined.get(0).value()).contains(referralId).doesNotContain("Mai", "quê", "reason");
    }

    @Test
    void theReferralsOfACaseAreScopedToTheCallersWardOrAgency() throws Exception {
        String caseId = newCaseId();
        Map<String, String> referrals = referredCase(caseId);
        String path = "/api/referrals?caseId=" + caseId;

        assertThat(idsOf(getAs(SUPERVISOR, path).andExpect(status().isOk())))
                .containsExactlyInAnyOrderElementsOf(referrals.values());
        assertThat(idsOf(getAs(LAN, path).andExpect(status().isOk())))
                .containsExactlyInAnyOrderElementsOf(referrals.values());
        assertThat(idsOf(getAs(token("hoa", "hoan-kiem", null, "WARD_VERIFIER"), path)))
                .containsExactlyInAnyOrderElementsOf(referrals.values());
        assertThat(idsOf(getAs(MINH, path).andExpect(status().isOk()))).isEmpty();
        assertThat(idsOf(getAs(POLICE_HK, path).andExpect(status().isOk())))
                .containsExactly(referrals.get("police-hoan-kiem"));
    }

    @Test
    void aReferralOutsideTheCallersWardIsNotFound() throws Exception {
        String referralId = referredCase(newCaseId()).get("police-hoan-kiem");

        getAs(MINH, "/api/referrals/" + referralId).andExpect(status().isNotFound());
        getAs(LAN, "/api/referrals/" + referralId).andExpect(status().isOk());
        getAs(SUPERVISOR, "/api/referrals/" + referralId).andExpect(status().isOk());
        getAs(SUPERVISOR, "/api/referrals/no-such-referral").andExpect(status().isNotFound());
    }

    @Test
    void theCaseOfAQueryMustBeNamed() throws Exception {
        getAs(SUPERVISOR, "/api/referrals")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("caseId"));
    }

    @Test
    void withoutATokenTheAnswerIs401() throws Exception {
        mvc.perform(get("/api/referrals/inbox"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(post("/api/referrals/any/accept")).andExpect(status().isUnauthorized());
    }

    @Test
    void aCounsellorMayNotAcceptOrReadAnInbox() throws Exception {
        String referralId = referredCase(newCaseId()).get("police-hoan-kiem");

        accept(LAN, referralId)
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        getAs(LAN, "/api/referrals/inbox").andExpect(status().isForbidden());
        getAs(POLICE_HK, "/api/referrals/" + referralId).andExpect(jsonPath("$.status").value("SENT"));
    }
}

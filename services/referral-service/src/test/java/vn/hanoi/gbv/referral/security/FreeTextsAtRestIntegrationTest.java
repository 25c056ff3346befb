package vn.hanoi.gbv.referral.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import vn.hanoi.gbv.events.AgencyType;
import vn.hanoi.gbv.events.IncidentType;
import vn.hanoi.gbv.events.Need;
import vn.hanoi.gbv.events.RiskLevel;
import vn.hanoi.gbv.referral.ReferralIntegrationTest;
import vn.hanoi.gbv.referral.referrals.application.ReferralRouting;
import vn.hanoi.gbv.referral.referrals.domain.CaseFacts;
import vn.hanoi.gbv.referral.referrals.domain.Referral;
import vn.hanoi.gbv.referral.referrals.domain.ReferredCases;

/**
 * Security review F4: an agency's reason for declining and a committee's grounds for refusing a no-contact decision
 * are free texts that can name the survivor; they are stored encrypted, like the notes, and read back as written.
 */
class FreeTextsAtRestIntegrationTest extends ReferralIntegrationTest {

    static final String POLICE_HK = token("police.hk", null, "police-hoan-kiem", "AGENCY_OFFICER");
    static final String LAN = token("lan", "hoan-kiem", null, "COUNSELLOR");
    static final String UBND_HK = token("ubnd.hk", "hoan-kiem", "ubnd-hoan-kiem", "COMMITTEE_OFFICER");

    @Autowired
    ReferralRouting routing;

    @Autowired
    ReferredCases cases;

    @Autowired
    MongoTemplate mongo;

    @Test
    void aDeclineReasonIsNotStoredInClear() throws Exception {
        String caseId = newCaseId();
        String referralId = routing.route(UUID.randomUUID(), verifiedCase(caseId, "hoan-kiem", Set.of(Need.POLICE),
                Set.of(AgencyType.POLICE))).stream().collect(Collectors.toMap(Referral::agencyId, Referral::id))
                .get("police-hoan-kiem");
        String reason = "Chị Nguyễn Thị Hoa ở cùng nhà với người gây bạo lực";

        mvc.perform(post("/api/referrals/" + referralId + "/decline").header(HttpHeaders.AUTHORIZATION, POLICE_HK)
                .contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"" + reason + "\"}"))
                .andExpect(status().isOk());

        String stored = mongo.getCollection("referrals").find(new Document("_id", referralId)).first().toJson();
        assertThat(stored).doesNotContain("Nguyễn", "Hoa", "bạo lực");
    }

    @Test
    void aRefusalsGroundsAreNotStoredInClear() throws Exception {
        String caseId = newCaseId();
        cases.save(new CaseFacts(caseId, "GBV-" + caseId.substring(0, 8), "hoan-kiem", IncidentType.PHYSICAL_ASSAULT,
                RiskLevel.HIGH, Set.of(AgencyType.POLICE)));
        String requestId = json.readTree(mvc.perform(post("/api/no-contact").header(HttpHeaders.AUTHORIZATION, LAN)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"caseId\":\"" + caseId + "\",\"onBehalfOf\":\"SURVIVOR_REQUEST\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).path("id").asString();
        String grounds = "Ông Trần Văn Bình đã chuyển khỏi địa bàn";

        mvc.perform(post("/api/no-contact/" + requestId + "/decision").header(HttpHeaders.AUTHORIZATION, UBND_HK)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"outcome\":\"REFUSED\",\"reasons\":\"" + grounds + "\"}")).andExpect(status().isOk());

        String stored = mongo.getCollection("noContactRequests").find(new Document("_id", requestId)).first().toJson();
        assertThat(stored).doesNotContain("Trần", "Bình", "địa bàn");
    }
}

package vn.hanoi.gbv.intake.cases;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.ResultActions;
import vn.hanoi.gbv.events.AgencyType;
import vn.hanoi.gbv.events.referral.ReferralDeclined;
import vn.hanoi.gbv.events.referral.ReferralRevoked;
import vn.hanoi.gbv.intake.IntakeIntegrationTest;
import vn.hanoi.gbv.intake.support.CaseBody;
import vn.hanoi.gbv.intake.support.TestData;
import vn.hanoi.gbv.platform.testing.TestInfrastructure;

/**
 * Security review F1: a survivor's name, phone and address go only to an officer of an agency that has an open
 * referral for her case, through the referral service, with the officer and her agency taken from signed claims.
 * Service clients with made-up parameters, people calling directly, and officers of agencies without an open
 * referral get nothing.
 */
class DisclosureOnlyThroughReferralIntegrationTest extends IntakeIntegrationTest {

    private final String ward = TestData.ward("hoan-kiem");
    private final String lan = counsellor("lan", ward);
    private final CaseBody body = CaseBody.unique(ward);

    @Test
    void noServiceClientGetsHerIdentityWhateverItClaimsInTheQuery() throws Exception {
        String id = registered(lan, body).path("id").asString();
        referredTo(id, "police-hoan-kiem", "POLICE");

        for (String client : List.of("audit-service", "followup-service", "intake-service", "referral-service")) {
            mvc.perform(get("/api/cases/" + id + "/disclosure").header(HttpHeaders.AUTHORIZATION, service(client))
                            .param("agencyId", "police-hoan-kiem").param("agencyType", "POLICE")
                            .param("onBehalfOf", "police.hk"))
                    .andExpect(status().isForbidden())
                    .andExpect(content().string(org.hamcrest.Matchers.not(
                            org.hamcrest.Matchers.containsString(body.fullName()))));
        }
    }

    @Test
    void anOfficerCallingWithHerOwnTokenGetsNothing() throws Exception {
        String id = registered(lan, body).path("id").asString();
        referredTo(id, "police-hoan-kiem", "POLICE");
        String own = token("police.hk", null, "AGENCY_OFFICER");

        disclose(id, own).andExpect(status().isForbidden());
        for (String person : List.of(supervisor("ha", null), lan, verifier("hoa", ward))) {
            disclose(id, person).andExpect(status().isForbidden());
        }
    }

    @Test
    void aTokenAnotherClientObtainedForTheOfficerGetsNothing() throws Exception {
        String id = registered(lan, body).path("id").asString();
        referredTo(id, "police-hoan-kiem", "POLICE");
        String viaFollowUp = "Bearer " + TestInfrastructure.tokens().exchangedBy("followup-service", "police.hk", null,
                "police-hoan-kiem", "AGENCY_OFFICER");

        disclose(id, viaFollowUp).andExpect(status().isForbidden());
    }

    @Test
    void anAgencyWithoutAnOpenReferralForTheCaseDoesNotLearnItExists() throws Exception {
        String id = registered(lan, body).path("id").asString();
        referredTo(id, "police-hoan-kiem", "POLICE");

        // Health has consent but no referral; another police station has neither.
        disclose(id, officerOf("health.hk", "health-hoan-kiem")).andExpect(status().isNotFound());
        disclose(id, officerOf("police.bd", "police-ba-dinh")).andExpect(status().isNotFound());
        disclose(id, officerOf("police.hk", "police-hoan-kiem")).andExpect(status().isOk());
    }

    @Test
    void theAgencyAndItsTypeComeFromTheTokenAndTheReferralNotFromTheQuery() throws Exception {
        String id = registered(lan, body).path("id").asString();
        referredTo(id, "police-hoan-kiem", "POLICE");

        mvc.perform(get("/api/cases/" + id + "/disclosure")
                        .header(HttpHeaders.AUTHORIZATION, officerOf("police.hk", "police-hoan-kiem"))
                        .param("agencyId", "health-hoan-kiem").param("agencyType", "HEALTH")
                        .param("onBehalfOf", "somebody-else"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.fields").value(org.hamcrest.Matchers.hasItem("address")))
                .andExpect(jsonPath("$.sex").value(org.hamcrest.Matchers.nullValue()));
        var disclosed = events().await(id, "SurvivorDataDisclosed");
        org.assertj.core.api.Assertions.assertThat(disclosed.payload().path("onBehalfOf").asString())
                .isEqualTo("police.hk");
        org.assertj.core.api.Assertions.assertThat(disclosed.payload().path("agencyType").asString())
                .isEqualTo("POLICE");
    }

    @Test
    void aDeclinedOrRevokedReferralNoLongerOpensHerContactDetails() throws Exception {
        String id = registered(lan, body).path("id").asString();
        String police = referredTo(id, "police-hoan-kiem", "POLICE");
        String health = referredTo(id, "health-hoan-kiem", "HEALTH");
        disclose(id, officerOf("police.hk", "police-hoan-kiem")).andExpect(status().isOk());

        publishAsReferral(new ReferralDeclined(id, police, "police-hoan-kiem", AgencyType.POLICE, ward));
        publishAsReferral(new ReferralRevoked(id, health, "health-hoan-kiem", AgencyType.HEALTH, ward,
                ReferralRevoked.Cause.SENT_IN_ERROR));

        disclose(id, officerOf("police.hk", "police-hoan-kiem")).andExpect(status().isNotFound());
        disclose(id, officerOf("health.hk", "health-hoan-kiem")).andExpect(status().isNotFound());
    }

    private ResultActions disclose(String id, String token) throws Exception {
        return mvc.perform(get("/api/cases/" + id + "/disclosure").header(HttpHeaders.AUTHORIZATION, token));
    }
}

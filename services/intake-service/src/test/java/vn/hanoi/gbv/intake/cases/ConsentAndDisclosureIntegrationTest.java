package vn.hanoi.gbv.intake.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Year;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;
import vn.hanoi.gbv.intake.IntakeIntegrationTest;
import vn.hanoi.gbv.intake.support.CaseBody;
import vn.hanoi.gbv.intake.support.IntakeEvents.Event;
import vn.hanoi.gbv.intake.support.TestData;

/**
 * The survivor decides who may know who she is: consent per type of agency, given by her guardian when she is a
 * child, withdrawable at any time; an officer of an agency her case is referred to gets, through the referral
 * service, only what her consent and the sharing protocol allow, and every disclosure is on her case's timeline.
 */
class ConsentAndDisclosureIntegrationTest extends IntakeIntegrationTest {

    private static final String POLICE_OFFICER = officerOf("police.hk", "police-hoan-kiem");

    private final String ward = TestData.ward("long-bien");
    private final String lan = counsellor("lan", ward);
    private final String phone = TestData.mobileDigits();
    private final String address = TestData.address();
    private final String guardianName = TestData.name();
    private final CaseBody body = CaseBody.minimal(ward, TestData.name(), "0" + phone, 1990);

    ConsentAndDisclosureIntegrationTest() {
        body.survivor().put("address", address);
        body.survivor().putObject("guardian").put("fullName", guardianName).put("relationship", "Mẹ");
    }

    // --- consent ---

    @Test
    void narrowingConsentTellsReferralWhichAgencyTypesItWasWithdrawnFrom() throws Exception {
        String id = registered(lan, body).path("id").asString();

        changeConsent(id, "\"0\"", "{\"services\": true, \"shareWith\": [\"HEALTH\"]}")
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.ETAG, "\"1\""))
                .andExpect(jsonPath("$.consent.shareWith").value(org.hamcrest.Matchers.contains("HEALTH")));

        Event changed = events().await(id, "ConsentChanged");
        assertThat(texts(changed.payload().path("withdrawnFrom"))).containsExactly("POLICE");
        assertThat(texts(changed.payload().path("consentedAgencyTypes"))).containsExactly("HEALTH");
        assertThat(changed.payload().path("givenBy").asString()).isEqualTo("SURVIVOR");
        mvc.perform(get("/api/cases/" + id + "/history").header(HttpHeaders.AUTHORIZATION, lan))
                .andExpect(jsonPath("$[*].field").value(org.hamcrest.Matchers.hasItem("consent.shareWith")));
    }

    @Test
    void withdrawingConsentToServicesWithdrawsItFromEveryAgencyType() throws Exception {
        String id = registered(lan, body).path("id").asString();

        changeConsent(id, "\"0\"", "{\"services\": false, \"shareWith\": [\"POLICE\", \"HEALTH\"]}")
                .andExpect(status().isOk());

        Event changed = events().await(id, "ConsentChanged");
        assertThat(texts(changed.payload().path("withdrawnFrom"))).containsExactlyInAnyOrder("POLICE", "HEALTH");
        assertThat(texts(changed.payload().path("consentedAgencyTypes"))).isEmpty();
    }

    @Test
    void aConsentChangeNamesTheVersionItWasMadeOn() throws Exception {
        String id = registered(lan, body).path("id").asString();

        changeConsent(id, null, "{\"services\": true, \"shareWith\": []}")
                .andExpect(status().isPreconditionRequired());
        changeConsent(id, "\"7\"", "{\"services\": true, \"shareWith\": []}")
                .andExpect(status().isPreconditionFailed());

        read(lan, id).andExpect(jsonPath("$.consent.shareWith").value(
                org.hamcrest.Matchers.containsInAnyOrder("POLICE", "HEALTH")));
    }

    @Test
    void aChildUnder16CannotConsentAlone() throws Exception {
        CaseBody child = CaseBody.minimal(ward, TestData.name(), null, Year.now().getValue() - 14);
        child.consent().put("givenBy", "SURVIVOR");

        register(lan, child)
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("consent.givenBy"));
        // Saying nothing about who consented is the same as saying she did.
        child.consent().remove("givenBy");
        register(lan, child)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("consent.givenBy"));

        assertThat(storedCasesOfWard(ward)).isZero();
    }

    @Test
    void aGuardiansConsentNeedsTheGuardianRecorded() throws Exception {
        CaseBody child = CaseBody.minimal(ward, TestData.name(), null, Year.now().getValue() - 14);
        child.consent().put("givenBy", "GUARDIAN");

        register(lan, child)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("survivor.guardian"));
        assertThat(storedCasesOfWard(ward)).isZero();

        child.survivor().putObject("guardian").put("fullName", guardianName).put("phone", "0" + phone)
                .put("relationship", "Mẹ");
        register(lan, child)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.consent.givenBy").value("GUARDIAN"))
                .andExpect(jsonPath("$.survivor.ageBand").value("AGE_12_17"));
    }

    // --- disclosure to an agency officer, through the referral service ---

    @Test
    void thePoliceOfficerGetsOnlyThePoliceFieldsOfTheProtocol() throws Exception {
        String id = registered(lan, body).path("id").asString();
        referredTo(id, "police-hoan-kiem", "POLICE");

        disclose(id, POLICE_OFFICER)
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.CACHE_CONTROL, org.hamcrest.Matchers.containsString("no-store")))
                .andExpect(jsonPath("$.fullName").value(body.fullName()))
                .andExpect(jsonPath("$.phones").value(org.hamcrest.Matchers.contains("+84" + phone)))
                .andExpect(jsonPath("$.address").value(address))
                .andExpect(jsonPath("$.guardian.fullName").value(guardianName))
                // Fields outside the police's part of the protocol are left empty.
                .andExpect(jsonPath("$.ageBand").value(org.hamcrest.Matchers.nullValue()))
                .andExpect(jsonPath("$.sex").value(org.hamcrest.Matchers.nullValue()))
                .andExpect(jsonPath("$.fields").value(org.hamcrest.Matchers.containsInAnyOrder(
                        "fullName", "phones", "address", "guardian")));
    }

    @Test
    void healthGetsHerAgeBandAndSexButNotWhereSheLives() throws Exception {
        String id = registered(lan, body).path("id").asString();
        referredTo(id, "health-hoan-kiem", "HEALTH");

        disclose(id, officerOf("health.hk", "health-hoan-kiem"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.fullName").value(body.fullName()))
                .andExpect(jsonPath("$.ageBand").value("AGE_26_40"))
                .andExpect(jsonPath("$.sex").value("FEMALE"))
                .andExpect(jsonPath("$.address").value(org.hamcrest.Matchers.nullValue()))
                .andExpect(jsonPath("$.fields").value(org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem("address"))));
    }

    @Test
    void anAgencyTypeSheDidNotConsentToGetsNothing() throws Exception {
        String id = registered(lan, body).path("id").asString();
        referredTo(id, "legal-aid-hanoi", "LEGAL_AID");

        disclose(id, officerOf("legal.hn", "legal-aid-hanoi"))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(address))));
    }

    @Test
    void afterSheWithdrawsConsentThePoliceGetNothing() throws Exception {
        String id = registered(lan, body).path("id").asString();
        referredTo(id, "police-hoan-kiem", "POLICE");
        referredTo(id, "health-hoan-kiem", "HEALTH");
        disclose(id, POLICE_OFFICER).andExpect(status().isOk());
        // Being referred moved the case on (its status, so its version).
        String etag = read(lan, id).andReturn().getResponse().getHeader(HttpHeaders.ETAG);

        changeConsent(id, etag, "{\"services\": true, \"shareWith\": [\"HEALTH\"]}").andExpect(status().isOk());

        disclose(id, POLICE_OFFICER).andExpect(status().isForbidden());
        disclose(id, officerOf("health.hk", "health-hoan-kiem")).andExpect(status().isOk());
    }

    @Test
    void everyDisclosureIsOnTheTimelineNamingTheOfficerFromHerTokenAndFieldNamesOnly() throws Exception {
        String id = registered(lan, body).path("id").asString();
        referredTo(id, "police-hoan-kiem", "POLICE");

        disclose(id, POLICE_OFFICER).andExpect(status().isOk());

        Event disclosed = events().await(id, "SurvivorDataDisclosed");
        JsonNode payload = disclosed.payload();
        assertThat(payload.path("agencyId").asString()).isEqualTo("police-hoan-kiem");
        assertThat(payload.path("agencyType").asString()).isEqualTo("POLICE");
        assertThat(payload.path("onBehalfOf").asString()).isEqualTo("police.hk");
        assertThat(texts(payload.path("fields"))).containsExactlyInAnyOrder("fullName", "phones", "address",
                "guardian");
        assertThat(disclosed.actor().path("id").asString()).isEqualTo("police.hk");
        assertThat(disclosed.actor().path("role").asString()).isEqualTo("AGENCY_OFFICER");
        assertThat(disclosed.actor().path("agency").asString()).isEqualTo("police-hoan-kiem");
        assertThat(disclosed.raw()).doesNotContain(body.fullName(), phone, address, guardianName);
    }

    @Test
    void anUnknownCaseIsNotFound() throws Exception {
        disclose("no-such-case", POLICE_OFFICER).andExpect(status().isNotFound());
    }

    private ResultActions disclose(String id, String token) throws Exception {
        return mvc.perform(get("/api/cases/" + id + "/disclosure").header(HttpHeaders.AUTHORIZATION, token));
    }

    private ResultActions changeConsent(String id, String ifMatch, String consent) throws Exception {
        var request = put("/api/cases/" + id + "/consent").header(HttpHeaders.AUTHORIZATION, lan)
                .contentType(MediaType.APPLICATION_JSON).content(consent);
        if (ifMatch != null) {
            request.header(HttpHeaders.IF_MATCH, ifMatch);
        }
        return mvc.perform(request);
    }

    private static List<String> texts(JsonNode array) {
        return RegistrationIntegrationTest.texts(array);
    }
}

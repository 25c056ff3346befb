package vn.hanoi.gbv.referral.referrals.adapters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;
import vn.hanoi.gbv.events.AgencyType;
import vn.hanoi.gbv.events.IncidentType;
import vn.hanoi.gbv.events.Need;
import vn.hanoi.gbv.events.RiskLevel;
import vn.hanoi.gbv.events.Topics;
import vn.hanoi.gbv.events.intake.ConsentChanged;
import vn.hanoi.gbv.events.intake.EmergencyCaseRegistered;
import vn.hanoi.gbv.referral.ReferralIntegrationTest;
import vn.hanoi.gbv.referral.referrals.application.ReferralRouting;
import vn.hanoi.gbv.referral.referrals.domain.Referral;
import vn.hanoi.gbv.referral.referrals.domain.ReferralStatus;
import vn.hanoi.gbv.referral.referrals.domain.Referrals;
import vn.hanoi.gbv.referral.support.IntakeStub;

/**
 * A referral's life through the API and the broker: acknowledge, accept, complete; decline and re-route (then
 * the supervisors' queue); revoke; consent override; consent withdrawn by intake; and "open contact details"
 * against the intake test double.
 */
class ReferralLifecycleIntegrationTest extends ReferralIntegrationTest {

    static final String POLICE_HK = token("police.hk", null, "police-hoan-kiem", "AGENCY_OFFICER");
    static final String HEALTH_HK = token("health.hk", null, "health-hoan-kiem", "AGENCY_OFFICER");
    static final String SHELTER_SH = token("shelter.sh", null, "trusted-address-suoi-hai", "AGENCY_OFFICER");
    static final String PEACE_HOUSE = token("peace.house", null, "peace-house", "AGENCY_OFFICER");
    static final String LAN = token("lan", "hoan-kiem", null, "COUNSELLOR");
    static final String MINH = token("minh", "suoi-hai", null, "COUNSELLOR");
    static final String SUPERVISOR = token("supervisor", null, null, "SUPERVISOR");

    @Autowired
    ReferralRouting routing;

    @Autowired
    Referrals referrals;

    private Map<String, String> referred(String caseId, String ward, Set<Need> needs, Set<AgencyType> consented) {
        return routing.route(UUID.randomUUID(), verifiedCase(caseId, ward, needs, consented)).stream()
                .collect(Collectors.toMap(Referral::agencyId, Referral::id));
    }

    private ResultActions step(String token, String referralId, String step) throws Exception {
        return mvc.perform(post("/api/referrals/" + referralId + "/" + step).header(HttpHeaders.AUTHORIZATION, token));
    }

    private ResultActions step(String token, String referralId, String step, String body) throws Exception {
        return mvc.perform(post("/api/referrals/" + referralId + "/" + step).header(HttpHeaders.AUTHORIZATION, token)
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private JsonNode payloadOf(ConsumerRecord<String, String> record) {
        return json.readTree(record.value()).path("payload");
    }

    @Test
    void anAgencyAcknowledgesAcceptsAndCompletesWithAnOutcomeEachStepAnEventWithItsActor() throws Exception {
        String caseId = newCaseId();
        String referralId = referred(caseId, "hoan-kiem", Set.of(Need.POLICE), Set.of(AgencyType.POLICE))
                .get("police-hoan-kiem");

        step(POLICE_HK, referralId, "acknowledge").andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("ACKNOWLEDGED"))
                .andExpect(jsonPath("$.acknowledgedAt").isNotEmpty());
        step(POLICE_HK, referralId, "accept").andExpect(jsonPath("$.status").value("ACCEPTED"));
        step(POLICE_HK, referralId, "complete", "{\"outcome\": \"SERVICE_PROVIDED\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("COMPLETED"))
                .andExpect(jsonPath("$.outcome").value("SERVICE_PROVIDED"));

        ConsumerRecord<String, String> completed =
                awaitRecords(Topics.REFERRAL, event("ReferralCompleted", caseId), 1).get(0);
        assertThat(payloadOf(completed).path("outcome").asString()).isEqualTo("SERVICE_PROVIDED");
        assertThat(json.readTree(completed.value()).path("actor").path("id").asString()).isEqualTo("police.hk");
        awaitRecords(Topics.REFERRAL, event("ReferralAcknowledged", caseId), 1);

        // Every further step is refused as a conflict, and nothing changes.
        step(POLICE_HK, referralId, "acknowledge").andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        step(POLICE_HK, referralId, "decline", "{\"reason\": \"late\"}").andExpect(status().isConflict());
        step(SUPERVISOR, referralId, "revoke", "{\"cause\": \"SENT_IN_ERROR\"}").andExpect(status().isConflict());
    }

    @Test
    void completingWithoutAnOutcomeOrWithAnUnknownOneIsRefusedNamingTheField() throws Exception {
        String referralId = referred(newCaseId(), "hoan-kiem", Set.of(Need.POLICE), Set.of(AgencyType.POLICE))
                .get("police-hoan-kiem");
        step(POLICE_HK, referralId, "accept").andExpect(status().isOk());

        step(POLICE_HK, referralId, "complete", "{}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("outcome"));
        step(POLICE_HK, referralId, "complete", "{\"outcome\": \"FINE\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("outcome"));
    }

    @Test
    void anotherAgencysOfficerCannotTakeAnyStep() throws Exception {
        String referralId = referred(newCaseId(), "hoan-kiem", Set.of(Need.POLICE), Set.of(AgencyType.POLICE))
                .get("police-hoan-kiem");

        step(HEALTH_HK, referralId, "acknowledge").andExpect(status().isNotFound());
        step(HEALTH_HK, referralId, "complete", "{\"outcome\": \"SERVICE_PROVIDED\"}").andExpect(status().isNotFound());
        mvc.perform(get("/api/referrals/" + referralId).header(HttpHeaders.AUTHORIZATION, POLICE_HK))
                .andExpect(jsonPath("$.status").value("SENT"));
    }

    @Test
    void aDeclinedReferralGoesToTheNextAgencyOfItsTypeThenToTheSupervisorsQueue() throws Exception {
        String caseId = newCaseId();
        String local = referred(caseId, "suoi-hai", Set.of(Need.SAFETY), Set.of(AgencyType.SHELTER))
                .get("trusted-address-suoi-hai");
        String peaceHouse = Referral.idFor(caseId, "peace-house");

        step(SHELTER_SH, local, "decline", "{\"reason\": \"Không còn chỗ\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("DECLINED"))
                .andExpect(jsonPath("$.reroutedTo").value(peaceHouse))
                .andExpect(jsonPath("$.needsSupervisor").value(false));

        assertThat(referrals.byId(peaceHouse)).hasValueSatisfying(next -> {
            assertThat(next.status()).isEqualTo(ReferralStatus.SENT);
            assertThat(next.need()).isEqualTo(Need.SAFETY);
            assertThat(next.reroutedFrom()).isEqualTo(local);
            assertThat(next.reroutePending()).isFalse();
        });
        assertThat(referrals.byId(local).orElseThrow().reroutePending()).isFalse();
        ConsumerRecord<String, String> rerouted =
                awaitRecords(Topics.REFERRAL, event("ReferralRerouted", caseId), 1).get(0);
        assertThat(payloadOf(rerouted).path("declinedReferralId").asString()).isEqualTo(local);
        assertThat(rerouted.value()).doesNotContain("chỗ");

        // The province-wide shelter declines too: no shelter is left for suoi-hai.
        step(PEACE_HOUSE, peaceHouse, "decline", "{\"reason\": \"full\"}")
                .andExpect(jsonPath("$.needsSupervisor").value(true))
                .andExpect(jsonPath("$.reroutedTo").doesNotExist());
        awaitRecords(Topics.REFERRAL, event("ReferralNeedsSupervisor", caseId), 1);
        String queue = mvc.perform(get("/api/referrals/supervisor-queue").header(HttpHeaders.AUTHORIZATION, SUPERVISOR))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<List<String>>read(queue, "$[*].id")).contains(peaceHouse).doesNotContain(local);
        mvc.perform(get("/api/referrals/supervisor-queue").header(HttpHeaders.AUTHORIZATION, PEACE_HOUSE))
                .andExpect(status().isForbidden());
    }

    @Test
    void theCasesCounsellorRevokesOthersCannot() throws Exception {
        String caseId = newCaseId();
        String referralId = referred(caseId, "hoan-kiem", Set.of(Need.POLICE), Set.of(AgencyType.POLICE))
                .get("police-hoan-kiem");

        step(MINH, referralId, "revoke", "{\"cause\": \"SURVIVOR_REQUEST\"}").andExpect(status().isNotFound());
        step(POLICE_HK, referralId, "revoke", "{\"cause\": \"SURVIVOR_REQUEST\"}").andExpect(status().isForbidden());
        step(LAN, referralId, "revoke", "{\"cause\": \"CONSENT_WITHDRAWN\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("cause"));
        step(LAN, referralId, "revoke", "{\"cause\": \"SURVIVOR_REQUEST\"}").andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("REVOKED"))
                .andExpect(jsonPath("$.revokedBy").value("lan"));

        ConsumerRecord<String, String> revoked = awaitRecords(Topics.REFERRAL, event("ReferralRevoked", caseId), 1).get(0);
        assertThat(payloadOf(revoked).path("cause").asString()).isEqualTo("SURVIVOR_REQUEST");
        assertThat(json.readTree(revoked.value()).path("actor").path("role").asString()).isEqualTo("COUNSELLOR");
        step(POLICE_HK, referralId, "accept").andExpect(status().isConflict());
    }

    private void emergency(String caseId, Set<AgencyType> consented) {
        routing.routeEmergency(UUID.randomUUID(), new EmergencyCaseRegistered(caseId, "GBV-OVERRIDE", "hoan-kiem",
                IncidentType.PHYSICAL_ASSAULT, RiskLevel.IMMEDIATE_DANGER, Set.of(), consented));
    }

    private ResultActions override(String token, String caseId, String agencyType) throws Exception {
        return mvc.perform(post("/api/referrals/consent-overrides").header(HttpHeaders.AUTHORIZATION, token)
                .contentType(MediaType.APPLICATION_JSON).content("{\"caseId\": \"" + caseId + "\", \"agencyType\": \""
                        + agencyType + "\", \"legalBasis\": \"LIFE_THREATENED_ART_25\"}"));
    }

    @Test
    void aSupervisorOverridesConsentForACaseInImmediateDangerAndTheOverrideIsOnTheTimeline() throws Exception {
        String caseId = newCaseId();
        emergency(caseId, Set.of(AgencyType.HEALTH));

        override(LAN, caseId, "POLICE").andExpect(status().isForbidden());
        override(SUPERVISOR, caseId, "HEALTH").andExpect(status().isConflict());
        override(SUPERVISOR, caseId, "POLICE")
                .andExpect(status().isCreated())
                .andExpect(header().string(HttpHeaders.LOCATION, "/api/referrals/" + Referral.idFor(caseId,
                        "police-hoan-kiem")))
                .andExpect(jsonPath("$.agencyId").value("police-hoan-kiem"))
                .andExpect(jsonPath("$.consentOverride").value("LIFE_THREATENED_ART_25"));
        override(SUPERVISOR, caseId, "POLICE").andExpect(status().isConflict());

        ConsumerRecord<String, String> overridden =
                awaitRecords(Topics.REFERRAL, event("ConsentOverridden", caseId), 1).get(0);
        assertThat(payloadOf(overridden).path("legalBasis").asString()).isEqualTo("LIFE_THREATENED_ART_25");
        assertThat(json.readTree(overridden.value()).path("actor").path("id").asString()).isEqualTo("supervisor");
    }

    @Test
    void consentIsNotOverriddenForACaseNotInImmediateDangerOrUnknownHere() throws Exception {
        String caseId = newCaseId();
        referred(caseId, "hoan-kiem", Set.of(), Set.of());

        override(SUPERVISOR, caseId, "POLICE").andExpect(status().isConflict());
        override(SUPERVISOR, newCaseId(), "POLICE").andExpect(status().isNotFound());
    }

    @Test
    void withdrawnConsentRevokesTheReferralsNotYetTakenUpToThoseAgencyTypes() throws Exception {
        String caseId = newCaseId();
        Map<String, String> made = referred(caseId, "hoan-kiem", Set.of(Need.POLICE, Need.MEDICAL),
                Set.of(AgencyType.POLICE, AgencyType.HEALTH));

        publish(Topics.INTAKE, caseId, envelopeOf(new ConsentChanged(caseId, "hoan-kiem", true,
                Set.of(AgencyType.HEALTH), Set.of(AgencyType.POLICE), false, "SURVIVOR")));

        await().atMost(PATIENCE).until(() -> referrals.byId(made.get("police-hoan-kiem")).orElseThrow().status()
                == ReferralStatus.REVOKED);
        assertThat(referrals.byId(made.get("health-hoan-kiem")).orElseThrow().status()).isEqualTo(ReferralStatus.SENT);
        assertThat(referrals.byId(made.get("ubnd-hoan-kiem")).orElseThrow().status()).isEqualTo(ReferralStatus.SENT);
        ConsumerRecord<String, String> revoked = awaitRecords(Topics.REFERRAL, event("ReferralRevoked", caseId), 1).get(0);
        assertThat(payloadOf(revoked).path("cause").asString()).isEqualTo("CONSENT_WITHDRAWN");
        assertThat(payloadOf(revoked).path("agencyId").asString()).isEqualTo("police-hoan-kiem");
    }

    @Test
    void theReceivingOfficerOpensContactDetailsFromIntakeWithHerExchangedTokenAndNothingIsCached() throws Exception {
        String caseId = newCaseId();
        String referralId = referred(caseId, "hoan-kiem", Set.of(Need.POLICE, Need.MEDICAL),
                Set.of(AgencyType.POLICE, AgencyType.HEALTH)).get("police-hoan-kiem");

        step(POLICE_HK, referralId, "contact-details")
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.CACHE_CONTROL, "no-store"))
                .andExpect(jsonPath("$.fullName").value("Nguyễn Thị Test"))
                .andExpect(jsonPath("$.fields[0]").value("fullName"));

        List<IntakeStub.Call> calls = IntakeStub.get().callsFor(caseId);
        assertThat(calls).singleElement().satisfies(call -> {
            assertThat(call.path()).isEqualTo("/api/cases/" + caseId + "/disclosure");
            // Nothing in the query: intake takes the officer and her agency from the token's signed claims.
            assertThat(call.query()).isNull();
            // A token exchanged for her own, which names this service as the actor; never her own token itself.
            String sent = call.authorization().substring("Bearer ".length());
            assertThat(IntakeStub.get().exchanges()).anySatisfy(exchange -> {
                assertThat(exchange.issuedToken()).isEqualTo(sent);
                assertThat(exchange.subjectToken()).isEqualTo(POLICE_HK.substring("Bearer ".length()));
            });
            assertThat(sent).isNotEqualTo(POLICE_HK.substring("Bearer ".length()));
        });
    }

    @Test
    void contactDetailsAreRefusedOutsideTheAgencyAfterTheReferralClosedOrWithoutConsent() throws Exception {
        String caseId = newCaseId();
        Map<String, String> made = referred(caseId, "hoan-kiem", Set.of(Need.POLICE, Need.MEDICAL),
                Set.of(AgencyType.POLICE, AgencyType.HEALTH));
        String police = made.get("police-hoan-kiem");

        step(HEALTH_HK, police, "contact-details").andExpect(status().isNotFound());
        step(LAN, police, "contact-details").andExpect(status().isForbidden());
        assertThat(IntakeStub.get().callsFor(caseId)).isEmpty();

        IntakeStub.get().answer(caseId, 403);
        step(POLICE_HK, police, "contact-details").andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("consented")));
        IntakeStub.get().answer(caseId, 500);
        step(POLICE_HK, police, "contact-details").andExpect(status().isServiceUnavailable())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));

        step(HEALTH_HK, made.get("health-hoan-kiem"), "decline", "{\"reason\": \"no\"}").andExpect(status().isOk());
        step(HEALTH_HK, made.get("health-hoan-kiem"), "contact-details").andExpect(status().isConflict());
    }
}

package vn.hanoi.gbv.referral.referrals.adapters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpHeaders;
import tools.jackson.databind.JsonNode;
import vn.hanoi.gbv.events.AgencyType;
import vn.hanoi.gbv.events.IncidentType;
import vn.hanoi.gbv.events.Need;
import vn.hanoi.gbv.events.RiskLevel;
import vn.hanoi.gbv.events.Topics;
import vn.hanoi.gbv.events.intake.CaseRegistered;
import vn.hanoi.gbv.events.intake.CaseVerified;
import vn.hanoi.gbv.events.intake.EmergencyCaseRegistered;
import vn.hanoi.gbv.referral.ReferralIntegrationTest;
import vn.hanoi.gbv.referral.referrals.application.ReferralRouting;
import vn.hanoi.gbv.referral.referrals.domain.Referral;
import vn.hanoi.gbv.referral.referrals.domain.Referrals;

/**
 * Intake's events arriving over the real broker: a verified case is referred, once however often it is
 * delivered; a case in immediate danger is referred at once and its verification adds only what is missing; and
 * a record that is not an event is parked on the dead-letter topic without blocking the next.
 */
class IntakeEventsIntegrationTest extends ReferralIntegrationTest {

    @Autowired
    Referrals referrals;

    @Autowired
    ReferralRouting routing;

    @Autowired
    MongoTemplate mongo;

    private List<Referral> awaitReferrals(String caseId, int count) {
        return await().atMost(PATIENCE).until(() -> referrals.ofCase(caseId), found -> found.size() >= count);
    }

    @Test
    void aVerifiedCaseIsReferredToTheCommitteeAndToEachConsentedAgency() {
        String caseId = newCaseId();
        var verified = verifiedCase(caseId, "hoan-kiem", Set.of(Need.POLICE, Need.MEDICAL, Need.LEGAL),
                Set.of(AgencyType.POLICE, AgencyType.HEALTH));

        publish(Topics.INTAKE, caseId, envelopeOf(verified));

        assertThat(awaitReferrals(caseId, 3))
                .extracting(Referral::agencyId, Referral::need)
                .containsExactlyInAnyOrder(tuple("ubnd-hoan-kiem", null), tuple("police-hoan-kiem", Need.POLICE),
                        tuple("health-hoan-kiem", Need.MEDICAL));
        List<ConsumerRecord<String, String>> created = awaitRecords(Topics.REFERRAL, event("ReferralCreated", caseId), 3);
        assertThat(created).allSatisfy(record -> {
            assertThat(record.key()).isEqualTo(caseId);
            JsonNode envelope = json.readTree(record.value());
            assertThat(envelope.path("producer").asString()).isEqualTo("referral-service");
            assertThat(envelope.path("actor").path("id").asString()).isEqualTo("referral-service");
            assertThat(envelope.path("actor").path("role").asString()).isEqualTo("SERVICE");
        });
        assertThat(created).extracting(record -> json.readTree(record.value()).path("payload").path("agencyId").asString())
                .containsExactlyInAnyOrder("ubnd-hoan-kiem", "police-hoan-kiem", "health-hoan-kiem");
    }

    @Test
    void theSameEventDeliveredTwiceCreatesOneSetOfReferrals() {
        String caseId = newCaseId();
        String envelope = envelopeOf(verifiedCase(caseId, "suoi-hai", Set.of(Need.POLICE), Set.of(AgencyType.POLICE)));
        String markerCaseId = newCaseId();

        publish(Topics.INTAKE, caseId, envelope);
        publish(Topics.INTAKE, caseId, envelope);
        // Same key, so same partition: once the marker is handled, both copies before it have been too.
        publish(Topics.INTAKE, caseId, envelopeOf(verifiedCase(markerCaseId, "suoi-hai", Set.of(), Set.of())));

        awaitReferrals(markerCaseId, 1);
        assertThat(referrals.ofCase(caseId)).extracting(Referral::agencyId)
                .containsExactlyInAnyOrder("ubnd-suoi-hai", "police-suoi-hai");
    }

    @Test
    void anUnreadableRecordIsParkedOnTheDeadLetterTopicAndTheNextIsStillHandled() {
        String caseId = newCaseId();

        publish(Topics.INTAKE, caseId, "not json");
        publish(Topics.INTAKE, caseId, envelopeOf(verifiedCase(caseId, "hoan-kiem", Set.of(), Set.of())));

        List<ConsumerRecord<String, String>> parked = awaitRecords(Topics.deadLetter(Topics.INTAKE),
                record -> caseId.equals(record.key()), 1);
        assertThat(parked).extracting(ConsumerRecord::value).containsExactly("not json");
        assertThat(awaitReferrals(caseId, 1)).extracting(Referral::agencyId).containsExactly("ubnd-hoan-kiem");
    }

    @Test
    void intakeEventsOtherThanVerificationAreNotReferred() {
        String caseId = newCaseId();
        var registered = new CaseRegistered(caseId, "GBV-REGISTER", "hoan-kiem", IncidentType.RAPE,
                RiskLevel.IMMEDIATE_DANGER, Set.of(Need.POLICE), Set.of(AgencyType.POLICE));
        String markerCaseId = newCaseId();

        publish(Topics.INTAKE, caseId, envelopeOf(registered));
        publish(Topics.INTAKE, caseId, envelopeOf(verifiedCase(markerCaseId, "hoan-kiem", Set.of(), Set.of())));

        awaitReferrals(markerCaseId, 1);
        assertThat(referrals.ofCase(caseId)).isEmpty();
    }

    @Test
    void aCaseInImmediateDangerIsReferredAtOnceAndItsVerificationAddsOnlyTheMissingConsentedNeeds()
            throws Exception {
        String caseId = newCaseId();
        String caseCode = "GBV-" + caseId.substring(0, 8).toUpperCase(Locale.ROOT);
        Set<Need> needs = Set.of(Need.POLICE, Need.LEGAL, Need.SAFETY);
        Set<AgencyType> consented = Set.of(AgencyType.POLICE, AgencyType.HEALTH, AgencyType.LEGAL_AID);

        publish(Topics.INTAKE, caseId, envelopeOf(new EmergencyCaseRegistered(caseId, caseCode, "hoan-kiem",
                IncidentType.PHYSICAL_ASSAULT, RiskLevel.IMMEDIATE_DANGER, needs, consented)));

        // Committee, police and health at once (health consented though not named); legal aid waits.
        assertThat(awaitReferrals(caseId, 3))
                .extracting(Referral::agencyId, Referral::need, Referral::emergency)
                .containsExactlyInAnyOrder(tuple("ubnd-hoan-kiem", null, true),
                        tuple("police-hoan-kiem", Need.POLICE, true), tuple("health-hoan-kiem", Need.MEDICAL, true));

        // A routine referral made after it, so "first" in the inbox is not merely "newest".
        String routineCaseId = newCaseId();
        routing.route(UUID.randomUUID(),
                verifiedCase(routineCaseId, "hoan-kiem", Set.of(Need.POLICE), Set.of(AgencyType.POLICE)));

        publish(Topics.INTAKE, caseId, envelopeOf(new CaseVerified(caseId, caseCode, "hoan-kiem",
                IncidentType.PHYSICAL_ASSAULT, RiskLevel.IMMEDIATE_DANGER, needs, consented)));

        // Verification adds legal aid only: committee and police exist, shelter is not consented.
        assertThat(awaitReferrals(caseId, 4))
                .extracting(Referral::agencyId, Referral::emergency)
                .containsExactlyInAnyOrder(tuple("ubnd-hoan-kiem", true), tuple("police-hoan-kiem", true),
                        tuple("health-hoan-kiem", true), tuple("legal-aid-hanoi", false));

        // One ReferralCreated per referral: wait until every outbox of the case is empty, then count them all.
        awaitRecords(Topics.REFERRAL, event("ReferralCreated", caseId), 4);
        await().atMost(PATIENCE).until(() -> mongo.count(Query.query(
                Criteria.where("caseId").is(caseId).and("outbox.0").exists(true)), "referrals") == 0);
        List<String> createdFor = recordsSoFar(Topics.REFERRAL, event("ReferralCreated", caseId)).stream()
                .map(record -> json.readTree(record.value()).path("payload").path("referralId").asString())
                .toList();
        assertThat(createdFor).containsExactlyInAnyOrderElementsOf(
                referrals.ofCase(caseId).stream().map(Referral::id).toList());

        // The police inbox lists the emergency referral first, before the newer routine one.
        String policeReferral = Referral.idFor(caseId, "police-hoan-kiem");
        String inbox = mvc.perform(get("/api/referrals/inbox").header(HttpHeaders.AUTHORIZATION,
                        token("police.hk", null, "police-hoan-kiem", "AGENCY_OFFICER")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        List<String> ids = JsonPath.read(inbox, "$[*].id");
        assertThat(ids.get(0)).isEqualTo(policeReferral);
        assertThat(ids).containsSubsequence(policeReferral, Referral.idFor(routineCaseId, "police-hoan-kiem"));
        assertThat((Boolean) JsonPath.read(inbox, "$[0].emergency")).isTrue();
        assertThat((String) JsonPath.read(inbox, "$[0].riskLevel")).isEqualTo("IMMEDIATE_DANGER");
    }
}

package vn.hanoi.gbv.referral.referrals.adapters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpHeaders;
import vn.hanoi.gbv.events.Actor;
import vn.hanoi.gbv.events.AgencyType;
import vn.hanoi.gbv.events.CaseEvent;
import vn.hanoi.gbv.events.Need;
import vn.hanoi.gbv.events.Topics;
import vn.hanoi.gbv.events.followup.CaseClosed;
import vn.hanoi.gbv.events.followup.ClosureCause;
import vn.hanoi.gbv.events.followup.NewNeedsIdentified;
import vn.hanoi.gbv.events.intake.ConsentChanged;
import vn.hanoi.gbv.events.referral.ReferralRevoked.Cause;
import vn.hanoi.gbv.platform.messaging.EventEnvelopes;
import vn.hanoi.gbv.referral.ReferralIntegrationTest;
import vn.hanoi.gbv.referral.referrals.application.ReferralRouting;
import vn.hanoi.gbv.referral.referrals.domain.Referral;
import vn.hanoi.gbv.referral.referrals.domain.ReferralStatus;
import vn.hanoi.gbv.referral.referrals.domain.ReferredCases;
import vn.hanoi.gbv.referral.referrals.domain.Referrals;

/**
 * Follow-up's events over the real broker (issue 5): needs a follow-up found become referrals within the consent
 * referral knows now, once however often the event arrives; a case closed revokes the referrals not yet taken up;
 * events about cases referral never heard of are ignored.
 */
class FollowUpEventsIntegrationTest extends ReferralIntegrationTest {

    private static final Actor LAN = new Actor("lan", "COUNSELLOR", "hoan-kiem", null);
    private static final Actor SUPERVISOR = new Actor("supervisor", "SUPERVISOR", null, null);
    private static final String POLICE_HK = token("police.hk", null, "police-hoan-kiem", "AGENCY_OFFICER");
    private static final String HEALTH_HK = token("health.hk", null, "health-hoan-kiem", "AGENCY_OFFICER");

    @Autowired
    Referrals referrals;

    @Autowired
    ReferredCases cases;

    @Autowired
    ReferralRouting routing;

    @Autowired
    MongoTemplate mongo;

    /**
     * A real envelope, written by the platform's writer with this context's JSON mapper, naming follow-up as its
     * producer: referral refuses events on follow-up's topic from anyone else.
     */
    private String followUpEnvelope(CaseEvent event, Actor actor) {
        return new EventEnvelopes(json, java.time.Clock.systemUTC(), "followup-service").toOutbox(event, actor)
                .payload();
    }

    private List<Referral> awaitReferrals(String caseId, int count) {
        return await().atMost(PATIENCE).until(() -> referrals.ofCase(caseId), found -> found.size() >= count);
    }

    private String verified(String ward, Set<Need> needs, Set<AgencyType> consented, int expectedReferrals) {
        String caseId = newCaseId();
        publish(Topics.INTAKE, caseId, envelopeOf(verifiedCase(caseId, ward, needs, consented)));
        awaitReferrals(caseId, expectedReferrals);
        return caseId;
    }

    /**
     * Publishes, under {@code key}, new needs of a fresh verified case and waits for its referral: records of one
     * key are handled in order, so everything published before it under that key has been handled too.
     */
    private void afterEverythingBefore(String key) {
        String markerCaseId = newCaseId();
        routing.route(UUID.randomUUID(), verifiedCase(markerCaseId, "hoan-kiem", Set.of(), Set.of(AgencyType.HEALTH)));
        publish(Topics.FOLLOWUP, key, followUpEnvelope(
                new NewNeedsIdentified(markerCaseId, "marker", "hoan-kiem", Set.of(Need.MEDICAL)), LAN));
        awaitReferrals(markerCaseId, 2);
    }

    private void awaitOutboxesEmpty(String caseId) {
        await().atMost(PATIENCE).until(() -> mongo.count(Query.query(
                Criteria.where("caseId").is(caseId).and("outbox.0").exists(true)), "referrals") == 0);
    }

    @Test
    void aNewConsentedNeedIsReferredToTheAgencyServingTheWardOnceHoweverOftenDelivered() throws Exception {
        // Verified needing the police, consenting to police and health: committee and police referred.
        String caseId = verified("hoan-kiem", Set.of(Need.POLICE), Set.of(AgencyType.POLICE, AgencyType.HEALTH), 2);
        // Medical care is consented; legal aid is not; the police were referred already.
        String newNeeds = followUpEnvelope(new NewNeedsIdentified(caseId, "follow-up-" + caseId, "hoan-kiem",
                Set.of(Need.MEDICAL, Need.LEGAL, Need.POLICE)), LAN);

        publish(Topics.FOLLOWUP, caseId, newNeeds);
        publish(Topics.FOLLOWUP, caseId, newNeeds);
        afterEverythingBefore(caseId);

        assertThat(referrals.ofCase(caseId)).extracting(Referral::agencyId, Referral::need).containsExactlyInAnyOrder(
                tuple("ubnd-hoan-kiem", null), tuple("police-hoan-kiem", Need.POLICE),
                tuple("health-hoan-kiem", Need.MEDICAL));
        String healthReferral = Referral.idFor(caseId, "health-hoan-kiem");
        String inbox = mvc.perform(get("/api/referrals/inbox").header(HttpHeaders.AUTHORIZATION, HEALTH_HK))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<List<String>>read(inbox, "$[*].id")).contains(healthReferral);

        // One ReferralCreated per referral, the redelivery adding none.
        awaitRecords(Topics.REFERRAL, event("ReferralCreated", caseId), 3);
        awaitOutboxesEmpty(caseId);
        assertThat(recordsSoFar(Topics.REFERRAL, event("ReferralCreated", caseId))).hasSize(3);
    }

    @Test
    void aNeedWithoutConsentIsNotReferredUntilTheSurvivorConsents() {
        String caseId = verified("hoan-kiem", Set.of(), Set.of(AgencyType.POLICE), 1);

        publish(Topics.FOLLOWUP, caseId, followUpEnvelope(
                new NewNeedsIdentified(caseId, "follow-up-1", "hoan-kiem", Set.of(Need.MEDICAL)), LAN));
        afterEverythingBefore(caseId);
        assertThat(referrals.ofCase(caseId)).extracting(Referral::agencyId).containsExactly("ubnd-hoan-kiem");

        // She then agrees to share with health services: referral's record of her consent follows intake's.
        publish(Topics.INTAKE, caseId, envelopeOf(new ConsentChanged(caseId, "hoan-kiem", true,
                Set.of(AgencyType.POLICE, AgencyType.HEALTH), Set.of(), false, "SURVIVOR")));
        await().atMost(PATIENCE).until(() -> cases.byId(caseId).orElseThrow().consentedAgencyTypes()
                .contains(AgencyType.HEALTH));
        publish(Topics.FOLLOWUP, caseId, followUpEnvelope(
                new NewNeedsIdentified(caseId, "follow-up-2", "hoan-kiem", Set.of(Need.MEDICAL)), LAN));

        assertThat(awaitReferrals(caseId, 2)).extracting(Referral::agencyId)
                .containsExactlyInAnyOrder("ubnd-hoan-kiem", "health-hoan-kiem");
    }

    @Test
    void eventsAboutACaseReferralDoesNotKnowAreIgnored() {
        String unknownCaseId = newCaseId();

        publish(Topics.FOLLOWUP, unknownCaseId, followUpEnvelope(
                new NewNeedsIdentified(unknownCaseId, "follow-up-1", "hoan-kiem", Set.of(Need.MEDICAL)), LAN));
        publish(Topics.FOLLOWUP, unknownCaseId, followUpEnvelope(
                new CaseClosed(unknownCaseId, "hoan-kiem", ClosureCause.OTHER, "lan"), SUPERVISOR));
        afterEverythingBefore(unknownCaseId);

        assertThat(referrals.ofCase(unknownCaseId)).isEmpty();
        assertThat(cases.byId(unknownCaseId)).isEmpty();
    }

    @Test
    void aClosedCaseRevokesTheReferralsNotYetTakenUpOnce() throws Exception {
        String caseId = verified("hoan-kiem", Set.of(Need.POLICE, Need.MEDICAL),
                Set.of(AgencyType.POLICE, AgencyType.HEALTH), 3);
        mvc.perform(post("/api/referrals/" + Referral.idFor(caseId, "police-hoan-kiem") + "/accept")
                .header(HttpHeaders.AUTHORIZATION, POLICE_HK)).andExpect(status().isOk());
        mvc.perform(post("/api/referrals/" + Referral.idFor(caseId, "health-hoan-kiem") + "/acknowledge")
                .header(HttpHeaders.AUTHORIZATION, HEALTH_HK)).andExpect(status().isOk());
        String closed = followUpEnvelope(
                new CaseClosed(caseId, "hoan-kiem", ClosureCause.SERVICES_COMPLETED, "lan"), SUPERVISOR);

        publish(Topics.FOLLOWUP, caseId, closed);
        publish(Topics.FOLLOWUP, caseId, closed);
        afterEverythingBefore(caseId);

        // The committee's (SENT) and health's (ACKNOWLEDGED) are revoked; the police took it up and keep it.
        assertThat(referrals.ofCase(caseId))
                .extracting(Referral::agencyId, Referral::status, Referral::revocationCause)
                .containsExactlyInAnyOrder(tuple("ubnd-hoan-kiem", ReferralStatus.REVOKED, Cause.CASE_CLOSED),
                        tuple("health-hoan-kiem", ReferralStatus.REVOKED, Cause.CASE_CLOSED),
                        tuple("police-hoan-kiem", ReferralStatus.ACCEPTED, null));
        awaitRecords(Topics.REFERRAL, event("ReferralRevoked", caseId), 2);
        awaitOutboxesEmpty(caseId);
        assertThat(recordsSoFar(Topics.REFERRAL, event("ReferralRevoked", caseId)))
                .allSatisfy(record -> assertThat(record.value()).contains("\"cause\":\"CASE_CLOSED\""))
                .hasSize(2);
    }
}

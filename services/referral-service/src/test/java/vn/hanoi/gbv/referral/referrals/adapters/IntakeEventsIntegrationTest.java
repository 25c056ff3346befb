package vn.hanoi.gbv.referral.referrals.adapters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import java.util.List;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import vn.hanoi.gbv.events.AgencyType;
import vn.hanoi.gbv.events.IncidentType;
import vn.hanoi.gbv.events.Need;
import vn.hanoi.gbv.events.RiskLevel;
import vn.hanoi.gbv.events.Topics;
import vn.hanoi.gbv.events.intake.CaseRegistered;
import vn.hanoi.gbv.referral.ReferralIntegrationTest;
import vn.hanoi.gbv.referral.referrals.domain.Referral;
import vn.hanoi.gbv.referral.referrals.domain.Referrals;

/**
 * Intake's events arriving over the real broker: a verified case is referred, once however often it is
 * delivered, and a record that is not an event is parked on the dead-letter topic without blocking the next.
 */
class IntakeEventsIntegrationTest extends ReferralIntegrationTest {

    @Autowired
    Referrals referrals;

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
}

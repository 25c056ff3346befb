package vn.hanoi.gbv.referral.referrals.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.hanoi.gbv.events.AgencyType;
import vn.hanoi.gbv.events.IncidentType;
import vn.hanoi.gbv.events.Need;
import vn.hanoi.gbv.events.RiskLevel;
import vn.hanoi.gbv.events.intake.CaseVerified;
import vn.hanoi.gbv.events.referral.ConsentOverridden;
import vn.hanoi.gbv.events.referral.ConsentOverridden.LegalBasis;
import vn.hanoi.gbv.events.referral.ReferralAcknowledged;
import vn.hanoi.gbv.events.referral.ReferralCompleted;
import vn.hanoi.gbv.events.referral.ReferralCompleted.Outcome;
import vn.hanoi.gbv.events.referral.ReferralCreated;
import vn.hanoi.gbv.events.referral.ReferralDeclined;
import vn.hanoi.gbv.events.referral.ReferralEscalated;
import vn.hanoi.gbv.events.referral.ReferralNeedsSupervisor;
import vn.hanoi.gbv.events.referral.ReferralRerouted;
import vn.hanoi.gbv.events.referral.ReferralRevoked;
import vn.hanoi.gbv.events.referral.ReferralRevoked.Cause;
import vn.hanoi.gbv.platform.domain.Conflict;
import vn.hanoi.gbv.platform.domain.Forbidden;
import vn.hanoi.gbv.platform.domain.InvalidInput;
import vn.hanoi.gbv.referral.directory.domain.Agency;
import vn.hanoi.gbv.referral.directory.domain.AgencyDirectory;
import vn.hanoi.gbv.referral.directory.domain.Ward;

/**
 * The referral lifecycle past SENT: acknowledge → accept → complete, decline with re-routing, revocation,
 * escalation once, and the consent override's rules. One rule per test.
 */
class ReferralLifecycleUnitTest {

    private static final Instant SENT_AT = Instant.parse("2026-11-20T08:00:00Z");
    private static final Instant LATER = SENT_AT.plus(Duration.ofMinutes(30));
    private static final AcknowledgementSla SLA = new AcknowledgementSla(Duration.ofHours(1), Duration.ofHours(4),
            Duration.ofHours(24));
    private static final Agency SHELTER_LOCAL = new Agency("shelter-hk", "a", "a", AgencyType.SHELTER,
            Set.of("hoan-kiem"), false);
    private static final Agency SHELTER_CITY_1 = new Agency("peace-house", "b", "b", AgencyType.SHELTER, Set.of(), true);
    private static final Agency SHELTER_CITY_2 = new Agency("shelter-2", "c", "c", AgencyType.SHELTER, Set.of(), true);
    private static final Agency POLICE_HK = new Agency("police-hoan-kiem", "d", "d", AgencyType.POLICE,
            Set.of("hoan-kiem"), false);
    private static final AgencyDirectory DIRECTORY = new AgencyDirectory(
            List.of(new Ward("hoan-kiem", "Hoàn Kiếm", "Hoan Kiem")),
            List.of(SHELTER_CITY_1, SHELTER_LOCAL, SHELTER_CITY_2, POLICE_HK));

    private final Staff shelterOfficer = new Staff("shelter.hk", Set.of(Staff.AGENCY_OFFICER), null, "shelter-hk");
    private final Staff counsellorHk = new Staff("lan", Set.of(Staff.COUNSELLOR), "hoan-kiem", null);
    private final Staff counsellorElsewhere = new Staff("minh", Set.of(Staff.COUNSELLOR), "suoi-hai", null);
    private final Staff verifierHk = new Staff("hoa", Set.of(Staff.WARD_VERIFIER), "hoan-kiem", null);
    private final Staff supervisor = new Staff("supervisor", Set.of(Staff.SUPERVISOR), null, null);

    private static Referral toShelter(RiskLevel risk) {
        var verified = new CaseVerified("case-1", "GBV-0000CASE", "hoan-kiem", IncidentType.PHYSICAL_ASSAULT, risk,
                Set.of(Need.SAFETY), Set.of(AgencyType.SHELTER));
        Referral referral = Referral.create(Referral.idFor("case-1", "shelter-hk"), verified,
                new Routing.Destination(SHELTER_LOCAL, Need.SAFETY), SENT_AT, SLA);
        // As loaded again: no pending events.
        return Referral.restore(referral.snapshot());
    }

    @Test
    void theAcknowledgementDeadlineFollowsTheRisk() {
        assertThat(toShelter(RiskLevel.IMMEDIATE_DANGER).acknowledgeBy()).isEqualTo(SENT_AT.plus(Duration.ofHours(1)));
        assertThat(toShelter(RiskLevel.HIGH).acknowledgeBy()).isEqualTo(SENT_AT.plus(Duration.ofHours(4)));
        assertThat(toShelter(RiskLevel.MEDIUM).acknowledgeBy()).isEqualTo(SENT_AT.plus(Duration.ofHours(24)));
        assertThat(toShelter(RiskLevel.LOW).acknowledgeBy()).isEqualTo(SENT_AT.plus(Duration.ofHours(24)));
    }

    @Test
    void acknowledgeThenAcceptThenCompleteWithAnOutcome() {
        Referral referral = toShelter(RiskLevel.HIGH);

        referral.acknowledge(shelterOfficer, LATER);
        referral.accept(shelterOfficer, LATER);
        referral.complete(shelterOfficer, Outcome.SERVICE_PROVIDED, LATER);

        assertThat(referral.status()).isEqualTo(ReferralStatus.COMPLETED);
        assertThat(referral.acknowledgedAt()).isEqualTo(LATER);
        assertThat(referral.outcome()).isEqualTo(Outcome.SERVICE_PROVIDED);
        assertThat(referral.pendingEvents()).containsExactly(
                new ReferralAcknowledged("case-1", referral.id(), "shelter-hk", AgencyType.SHELTER, "hoan-kiem"),
                new vn.hanoi.gbv.events.referral.ReferralAccepted("case-1", referral.id(), "shelter-hk",
                        AgencyType.SHELTER, "hoan-kiem", RiskLevel.HIGH),
                new ReferralCompleted("case-1", referral.id(), "shelter-hk", AgencyType.SHELTER, "hoan-kiem",
                        Outcome.SERVICE_PROVIDED));
    }

    @Test
    void stepsOutOfOrderAreConflicts() {
        Referral referral = toShelter(RiskLevel.HIGH);

        assertThatThrownBy(() -> referral.complete(shelterOfficer, Outcome.SERVICE_PROVIDED, LATER))
                .isInstanceOf(IllegalReferralTransition.class);
        referral.acknowledge(shelterOfficer, LATER);
        assertThatThrownBy(() -> referral.acknowledge(shelterOfficer, LATER))
                .isInstanceOf(IllegalReferralTransition.class);
        referral.accept(shelterOfficer, LATER);
        assertThatThrownBy(() -> referral.decline(shelterOfficer, "too late", null, LATER))
                .isInstanceOf(IllegalReferralTransition.class);
        referral.complete(shelterOfficer, Outcome.REFERRED_ONWARD, LATER);
        assertThatThrownBy(() -> referral.revoke(supervisor, Cause.SENT_IN_ERROR, LATER))
                .isInstanceOf(IllegalReferralTransition.class);
        assertThat(referral.status()).isEqualTo(ReferralStatus.COMPLETED);
    }

    @Test
    void completingNeedsAnOutcome() {
        Referral referral = toShelter(RiskLevel.HIGH);
        referral.accept(shelterOfficer, LATER);

        assertThatThrownBy(() -> referral.complete(shelterOfficer, null, LATER))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("outcome"));
    }

    @Test
    void aDeclineRecordsTheNextAgencyInTheSameChangeAndTheReplacementLinksBack() {
        Referral declined = toShelter(RiskLevel.HIGH);

        declined.decline(shelterOfficer, "full tonight", SHELTER_CITY_1, LATER);
        Referral next = declined.rerouted(SHELTER_CITY_1, LATER, SLA);

        assertThat(declined.status()).isEqualTo(ReferralStatus.DECLINED);
        assertThat(declined.reroutedTo()).isEqualTo("peace-house");
        assertThat(declined.reroutePending()).isTrue();
        assertThat(declined.needsSupervisor()).isFalse();
        assertThat(declined.pendingEvents()).containsExactly(
                new ReferralDeclined("case-1", declined.id(), "shelter-hk", AgencyType.SHELTER, "hoan-kiem"));
        assertThat(next.id()).isEqualTo(Referral.idFor("case-1", "peace-house"));
        assertThat(next.status()).isEqualTo(ReferralStatus.SENT);
        assertThat(next.need()).isEqualTo(Need.SAFETY);
        assertThat(next.reroutedFrom()).isEqualTo(declined.id());
        assertThat(next.pendingEvents()).containsExactly(
                new ReferralCreated("case-1", next.id(), "peace-house", AgencyType.SHELTER, "hoan-kiem", Need.SAFETY,
                        RiskLevel.HIGH),
                new ReferralRerouted("case-1", next.id(), declined.id(), "peace-house", AgencyType.SHELTER,
                        "hoan-kiem", Need.SAFETY));
    }

    @Test
    void aDeclineWithNoAgencyLeftGoesToTheSupervisorsQueue() {
        Referral declined = toShelter(RiskLevel.HIGH);

        declined.decline(shelterOfficer, "full", null, LATER);

        assertThat(declined.needsSupervisor()).isTrue();
        assertThat(declined.reroutePending()).isFalse();
        assertThat(declined.pendingEvents()).last().isEqualTo(
                new ReferralNeedsSupervisor("case-1", declined.id(), AgencyType.SHELTER, "hoan-kiem", Need.SAFETY));
    }

    @Test
    void theNextAgencyAfterADeclineIsTheNextEligibleOneNotYetReferred() {
        Referral declined = toShelter(RiskLevel.HIGH);

        assertThat(RoutingPolicy.nextAfterDecline(declined, DIRECTORY, Set.of("shelter-hk")))
                .map(Agency::id).contains("peace-house");
        assertThat(RoutingPolicy.nextAfterDecline(declined, DIRECTORY, Set.of("shelter-hk", "peace-house")))
                .map(Agency::id).contains("shelter-2");
        assertThat(RoutingPolicy.nextAfterDecline(declined, DIRECTORY,
                Set.of("shelter-hk", "peace-house", "shelter-2"))).isEmpty();
        // Another type is never a substitute: police serves the ward but is not a shelter.
        assertThat(RoutingPolicy.nextAfterDecline(declined, DIRECTORY, Set.of("shelter-hk", "peace-house",
                "shelter-2"))).isEmpty();
    }

    @Test
    void theCasesCounsellorOrASupervisorRevokesWithACodedCause() {
        Referral byCounsellor = toShelter(RiskLevel.HIGH);
        Referral bySupervisor = toShelter(RiskLevel.HIGH);
        bySupervisor.accept(shelterOfficer, LATER);

        byCounsellor.revoke(counsellorHk, Cause.SURVIVOR_REQUEST, LATER);
        bySupervisor.revoke(supervisor, Cause.SAFETY_CONCERN, LATER);

        assertThat(byCounsellor.status()).isEqualTo(ReferralStatus.REVOKED);
        assertThat(byCounsellor.revokedBy()).isEqualTo("lan");
        assertThat(byCounsellor.pendingEvents()).containsExactly(new ReferralRevoked("case-1", byCounsellor.id(),
                "shelter-hk", AgencyType.SHELTER, "hoan-kiem", Cause.SURVIVOR_REQUEST));
        assertThat(bySupervisor.revocationCause()).isEqualTo(Cause.SAFETY_CONCERN);
    }

    @Test
    void noOneElseRevokes() {
        Referral referral = toShelter(RiskLevel.HIGH);

        assertThatThrownBy(() -> referral.revoke(counsellorElsewhere, Cause.SURVIVOR_REQUEST, LATER))
                .isInstanceOf(ReferralNotFound.class);
        assertThatThrownBy(() -> referral.revoke(verifierHk, Cause.SURVIVOR_REQUEST, LATER))
                .isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> referral.revoke(shelterOfficer, Cause.SURVIVOR_REQUEST, LATER))
                .isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> referral.revoke(counsellorHk, Cause.CONSENT_WITHDRAWN, LATER))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("cause"));
        assertThat(referral.status()).isEqualTo(ReferralStatus.SENT);
    }

    @Test
    void withdrawnConsentRevokesOnlyAReferralNotYetTakenUp() {
        Referral sent = toShelter(RiskLevel.HIGH);
        Referral acknowledged = toShelter(RiskLevel.HIGH);
        acknowledged.acknowledge(shelterOfficer, LATER);
        Referral accepted = toShelter(RiskLevel.HIGH);
        accepted.accept(shelterOfficer, LATER);

        assertThat(sent.revokeForWithdrawnConsent("referral-service", LATER)).isTrue();
        assertThat(acknowledged.revokeForWithdrawnConsent("referral-service", LATER)).isTrue();
        assertThat(accepted.revokeForWithdrawnConsent("referral-service", LATER)).isFalse();
        assertThat(sent.revokeForWithdrawnConsent("referral-service", LATER)).isFalse();
        assertThat(sent.revocationCause()).isEqualTo(Cause.CONSENT_WITHDRAWN);
        assertThat(accepted.status()).isEqualTo(ReferralStatus.ACCEPTED);
    }

    @Test
    void aClosedCaseRevokesOnlyReferralsNotYetTakenUpWithCauseCaseClosed() {
        Referral sent = toShelter(RiskLevel.HIGH);
        Referral acknowledged = toShelter(RiskLevel.HIGH);
        acknowledged.acknowledge(shelterOfficer, LATER);
        Referral accepted = toShelter(RiskLevel.HIGH);
        accepted.accept(shelterOfficer, LATER);
        acknowledged = Referral.restore(acknowledged.snapshot());

        assertThat(sent.revokeForClosedCase("referral-service", LATER)).isTrue();
        assertThat(acknowledged.revokeForClosedCase("referral-service", LATER)).isTrue();
        assertThat(accepted.revokeForClosedCase("referral-service", LATER)).isFalse();
        assertThat(sent.revokeForClosedCase("referral-service", LATER)).isFalse();
        assertThat(sent.status()).isEqualTo(ReferralStatus.REVOKED);
        assertThat(acknowledged.pendingEvents()).containsExactly(new ReferralRevoked("case-1", acknowledged.id(),
                "shelter-hk", AgencyType.SHELTER, "hoan-kiem", Cause.CASE_CLOSED));
        assertThat(accepted.status()).isEqualTo(ReferralStatus.ACCEPTED);
    }

    @Test
    void aNewNeedsReferralCarriesWhatReferralKnowsOfTheCase() {
        Referral referral = Referral.createForNewNeed(Referral.idFor("case-1", "shelter-hk"),
                facts(RiskLevel.HIGH, Set.of(AgencyType.SHELTER)), new Routing.Destination(SHELTER_LOCAL, Need.SAFETY),
                SENT_AT, SLA);

        assertThat(referral.status()).isEqualTo(ReferralStatus.SENT);
        assertThat(referral.emergency()).isFalse();
        assertThat(referral.acknowledgeBy()).isEqualTo(SENT_AT.plus(Duration.ofHours(4)));
        assertThat(referral.pendingEvents()).containsExactly(new ReferralCreated("case-1", referral.id(), "shelter-hk",
                AgencyType.SHELTER, "hoan-kiem", Need.SAFETY, RiskLevel.HIGH));
    }

    @Test
    void anUnacknowledgedReferralEscalatesOnceAfterItsDeadline() {
        Referral referral = toShelter(RiskLevel.IMMEDIATE_DANGER);
        Instant deadline = SENT_AT.plus(Duration.ofHours(1));

        assertThat(referral.escalateIfOverdue(deadline.minusSeconds(1))).isFalse();
        assertThat(referral.escalateIfOverdue(deadline)).isTrue();
        assertThat(referral.escalateIfOverdue(deadline.plusSeconds(60))).isFalse();

        assertThat(referral.escalatedAt()).isEqualTo(deadline);
        assertThat(referral.status()).isEqualTo(ReferralStatus.SENT);
        assertThat(referral.pendingEvents()).containsExactly(new ReferralEscalated("case-1", referral.id(),
                "shelter-hk", AgencyType.SHELTER, "hoan-kiem", RiskLevel.IMMEDIATE_DANGER, deadline));
    }

    @Test
    void anAcknowledgedReferralDoesNotEscalate() {
        Referral referral = toShelter(RiskLevel.IMMEDIATE_DANGER);
        referral.acknowledge(shelterOfficer, LATER);

        assertThat(referral.escalateIfOverdue(SENT_AT.plus(Duration.ofHours(2)))).isFalse();
    }

    private static CaseFacts facts(RiskLevel risk, Set<AgencyType> consented) {
        return new CaseFacts("case-1", "GBV-0000CASE", "hoan-kiem", IncidentType.PHYSICAL_ASSAULT, risk, consented);
    }

    @Test
    void aSupervisorOverridesConsentInImmediateDangerWithALegalBasis() {
        Referral referral = Referral.createByConsentOverride(facts(RiskLevel.IMMEDIATE_DANGER, Set.of()), POLICE_HK,
                LegalBasis.LIFE_THREATENED_ART_25, supervisor, LATER, SLA);

        assertThat(referral.id()).isEqualTo(Referral.idFor("case-1", "police-hoan-kiem"));
        assertThat(referral.consentOverride()).isEqualTo(LegalBasis.LIFE_THREATENED_ART_25);
        assertThat(referral.need()).isEqualTo(Need.POLICE);
        assertThat(referral.pendingEvents()).containsExactly(
                new ReferralCreated("case-1", referral.id(), "police-hoan-kiem", AgencyType.POLICE, "hoan-kiem",
                        Need.POLICE, RiskLevel.IMMEDIATE_DANGER),
                new ConsentOverridden("case-1", referral.id(), "police-hoan-kiem", AgencyType.POLICE, "hoan-kiem",
                        LegalBasis.LIFE_THREATENED_ART_25));
    }

    @Test
    void consentIsOverriddenOnlyInImmediateDangerOnlyByASupervisorOnlyWhereItIsMissing() {
        assertThatThrownBy(() -> Referral.createByConsentOverride(facts(RiskLevel.HIGH, Set.of()), POLICE_HK,
                LegalBasis.LIFE_THREATENED_ART_25, supervisor, LATER, SLA)).isInstanceOf(Conflict.class)
                .hasMessage("problem.referral.override-immediate-danger-only");
        assertThatThrownBy(() -> Referral.createByConsentOverride(facts(RiskLevel.IMMEDIATE_DANGER, Set.of()),
                POLICE_HK, LegalBasis.LIFE_THREATENED_ART_25, counsellorHk, LATER, SLA)).isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> Referral.createByConsentOverride(
                facts(RiskLevel.IMMEDIATE_DANGER, Set.of(AgencyType.POLICE)), POLICE_HK,
                LegalBasis.LIFE_THREATENED_ART_25, supervisor, LATER, SLA)).isInstanceOf(Conflict.class)
                .hasMessage("problem.referral.override-not-needed");
        assertThatThrownBy(() -> Referral.createByConsentOverride(facts(RiskLevel.IMMEDIATE_DANGER, Set.of()),
                POLICE_HK, null, supervisor, LATER, SLA)).isInstanceOf(InvalidInput.class);
    }
}

package vn.hanoi.gbv.referral.referrals.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.hanoi.gbv.events.AgencyType;
import vn.hanoi.gbv.events.IncidentType;
import vn.hanoi.gbv.events.Need;
import vn.hanoi.gbv.events.RiskLevel;
import vn.hanoi.gbv.events.followup.NewNeedsIdentified;
import vn.hanoi.gbv.events.intake.CaseVerified;
import vn.hanoi.gbv.events.intake.EmergencyCaseRegistered;
import vn.hanoi.gbv.referral.directory.domain.Agency;
import vn.hanoi.gbv.referral.directory.domain.AgencyDirectory;
import vn.hanoi.gbv.referral.directory.domain.Ward;
import vn.hanoi.gbv.referral.referrals.domain.Routing.Destination;
import vn.hanoi.gbv.referral.referrals.domain.Routing.Reason;
import vn.hanoi.gbv.referral.referrals.domain.Routing.Unrouted;

/** One test per rule of {@link RoutingPolicy}, against a small directory built here. */
class RoutingPolicyUnitTest {

    private static Agency local(String id, AgencyType type, String ward) {
        return new Agency(id, id, id, type, Set.of(ward), false);
    }

    private static Agency provinceWide(String id, AgencyType type) {
        return new Agency(id, id, id, type, Set.of(), true);
    }

    private final AgencyDirectory directory = new AgencyDirectory(
            List.of(new Ward("hoan-kiem", "Phường Hoàn Kiếm", "Hoan Kiem Ward"),
                    new Ward("suoi-hai", "Xã Suối Hai", "Suoi Hai Commune"),
                    new Ward("yen-bai", "Xã Yên Bài", "Yen Bai Commune")),
            List.of(local("ubnd-hoan-kiem", AgencyType.PEOPLES_COMMITTEE, "hoan-kiem"),
                    local("police-hoan-kiem", AgencyType.POLICE, "hoan-kiem"),
                    local("health-hoan-kiem", AgencyType.HEALTH, "hoan-kiem"),
                    local("ubnd-suoi-hai", AgencyType.PEOPLES_COMMITTEE, "suoi-hai"),
                    // Listed before the ward's own shelter on purpose: nearness beats order.
                    provinceWide("peace-house", AgencyType.SHELTER),
                    local("trusted-address-suoi-hai", AgencyType.SHELTER, "suoi-hai"),
                    provinceWide("legal-aid-first", AgencyType.LEGAL_AID),
                    provinceWide("legal-aid-second", AgencyType.LEGAL_AID)));

    private static CaseVerified verified(String ward, Set<Need> needs, Set<AgencyType> consented) {
        return new CaseVerified("case-1", "GBV-0000CASE", ward, IncidentType.PHYSICAL_ASSAULT, RiskLevel.HIGH, needs,
                consented);
    }

    private Routing route(String ward, Set<Need> needs, Set<AgencyType> consented) {
        return RoutingPolicy.route(verified(ward, needs, consented), directory);
    }

    private Routing routeEmergency(String ward, Set<Need> needs, Set<AgencyType> consented) {
        var emergency = new EmergencyCaseRegistered("case-1", "GBV-0000CASE", ward, IncidentType.PHYSICAL_ASSAULT,
                RiskLevel.IMMEDIATE_DANGER, needs, consented);
        return RoutingPolicy.routeEmergency(emergency, directory);
    }

    private static List<String> agencies(Routing routing) {
        return routing.destinations().stream().map(destination -> destination.agency().id()).toList();
    }

    @Test
    void theWardsPeoplesCommitteeIsAlwaysNotifiedWithoutANeed() {
        Routing routing = route("hoan-kiem", Set.of(), Set.of());

        assertThat(routing.destinations()).extracting(d -> d.agency().id(), Destination::need)
                .containsExactly(tuple("ubnd-hoan-kiem", null));
        assertThat(routing.unrouted()).isEmpty();
    }

    @Test
    void aConsentedNeedIsReferredToTheAgencyOfItsTypeServingTheWard() {
        Routing routing = route("hoan-kiem", Set.of(Need.POLICE, Need.MEDICAL),
                Set.of(AgencyType.POLICE, AgencyType.HEALTH));

        assertThat(routing.destinations()).extracting(d -> d.agency().id(), Destination::need).containsExactly(
                tuple("ubnd-hoan-kiem", null), tuple("health-hoan-kiem", Need.MEDICAL),
                tuple("police-hoan-kiem", Need.POLICE));
    }

    @Test
    void aNeedWithoutConsentIsNotReferredAndTheGapIsRecorded() {
        Routing routing = route("hoan-kiem", Set.of(Need.POLICE, Need.MEDICAL), Set.of(AgencyType.POLICE));

        assertThat(agencies(routing)).containsExactly("ubnd-hoan-kiem", "police-hoan-kiem");
        assertThat(routing.unrouted()).containsExactly(new Unrouted(AgencyType.HEALTH, Need.MEDICAL, Reason.NO_CONSENT));
    }

    @Test
    void consentWithoutANeedRefersNothing() {
        Routing routing = route("hoan-kiem", Set.of(), Set.of(AgencyType.POLICE, AgencyType.HEALTH));

        assertThat(agencies(routing)).containsExactly("ubnd-hoan-kiem");
    }

    @Test
    void aConsentedNeedNoAgencyServesIsRecordedNotReferred() {
        Routing routing = route("hoan-kiem", Set.of(Need.PSYCHOSOCIAL), Set.of(AgencyType.PSYCHOSOCIAL));

        assertThat(agencies(routing)).containsExactly("ubnd-hoan-kiem");
        assertThat(routing.unrouted()).containsExactly(
                new Unrouted(AgencyType.PSYCHOSOCIAL, Need.PSYCHOSOCIAL, Reason.NO_AGENCY_SERVES_WARD));
    }

    @Test
    void anotherWardsAgencyIsNeverChosen() {
        Routing routing = route("suoi-hai", Set.of(Need.POLICE), Set.of(AgencyType.POLICE));

        assertThat(agencies(routing)).containsExactly("ubnd-suoi-hai");
        assertThat(routing.unrouted()).containsExactly(
                new Unrouted(AgencyType.POLICE, Need.POLICE, Reason.NO_AGENCY_SERVES_WARD));
    }

    @Test
    void theWardsOwnAgencyIsChosenBeforeAProvinceWideOne() {
        Routing routing = route("suoi-hai", Set.of(Need.SAFETY), Set.of(AgencyType.SHELTER));

        assertThat(agencies(routing)).containsExactly("ubnd-suoi-hai", "trusted-address-suoi-hai");
    }

    @Test
    void aProvinceWideAgencyServesAWardWithoutItsOwn() {
        Routing routing = route("hoan-kiem", Set.of(Need.SAFETY), Set.of(AgencyType.SHELTER));

        assertThat(agencies(routing)).containsExactly("ubnd-hoan-kiem", "peace-house");
    }

    @Test
    void amongEquallyNearAgenciesTheFirstListedIsChosen() {
        Routing routing = route("hoan-kiem", Set.of(Need.LEGAL), Set.of(AgencyType.LEGAL_AID));

        assertThat(agencies(routing)).containsExactly("ubnd-hoan-kiem", "legal-aid-first");
    }

    @Test
    void aWardWithoutACommitteeIsRecordedAndItsNeedsAreStillReferred() {
        Routing routing = route("yen-bai", Set.of(Need.SAFETY), Set.of(AgencyType.SHELTER));

        assertThat(agencies(routing)).containsExactly("peace-house");
        assertThat(routing.unrouted()).containsExactly(
                new Unrouted(AgencyType.PEOPLES_COMMITTEE, null, Reason.NO_AGENCY_SERVES_WARD));
    }

    // Emergency fast track: a case in immediate danger, before verification.

    @Test
    void inAnEmergencyTheWardsPeoplesCommitteeIsNotifiedAtOnceEvenWithoutConsent() {
        Routing routing = routeEmergency("hoan-kiem", Set.of(), Set.of());

        assertThat(routing.destinations()).extracting(d -> d.agency().id(), Destination::need)
                .containsExactly(tuple("ubnd-hoan-kiem", null));
    }

    @Test
    void inAnEmergencyPoliceAndHealthAreReferredAtOnceEachOnlyWithConsentWhateverNeedsWereNamed() {
        Routing both = routeEmergency("hoan-kiem", Set.of(), Set.of(AgencyType.POLICE, AgencyType.HEALTH));
        Routing policeOnly = routeEmergency("hoan-kiem", Set.of(Need.POLICE, Need.MEDICAL), Set.of(AgencyType.POLICE));

        assertThat(both.destinations()).extracting(d -> d.agency().id(), Destination::need).containsExactly(
                tuple("ubnd-hoan-kiem", null), tuple("health-hoan-kiem", Need.MEDICAL),
                tuple("police-hoan-kiem", Need.POLICE));
        assertThat(both.unrouted()).isEmpty();
        assertThat(agencies(policeOnly)).containsExactly("ubnd-hoan-kiem", "police-hoan-kiem");
        assertThat(policeOnly.unrouted()).containsExactly(
                new Unrouted(AgencyType.HEALTH, Need.MEDICAL, Reason.NO_CONSENT));
    }

    @Test
    void inAnEmergencyAWardWithoutAHealthAgencyIsRecordedAsUnrouted() {
        Routing routing = routeEmergency("suoi-hai", Set.of(Need.MEDICAL),
                Set.of(AgencyType.POLICE, AgencyType.HEALTH));

        assertThat(agencies(routing)).containsExactly("ubnd-suoi-hai");
        assertThat(routing.unrouted()).containsExactly(
                new Unrouted(AgencyType.HEALTH, Need.MEDICAL, Reason.NO_AGENCY_SERVES_WARD),
                new Unrouted(AgencyType.POLICE, Need.POLICE, Reason.NO_AGENCY_SERVES_WARD));
    }

    @Test
    void inAnEmergencyEveryOtherNeedWaitsForVerification() {
        Set<AgencyType> consented = Set.of(AgencyType.POLICE, AgencyType.LEGAL_AID, AgencyType.SHELTER);
        Set<Need> needs = Set.of(Need.POLICE, Need.LEGAL, Need.SAFETY);

        Routing emergency = routeEmergency("hoan-kiem", needs, consented);
        Routing verified = route("hoan-kiem", needs, consented);

        assertThat(agencies(emergency)).containsExactly("ubnd-hoan-kiem", "police-hoan-kiem");
        assertThat(emergency.unrouted()).containsExactly(
                new Unrouted(AgencyType.HEALTH, Need.MEDICAL, Reason.NO_CONSENT));
        assertThat(agencies(verified))
                .containsExactly("ubnd-hoan-kiem", "legal-aid-first", "peace-house", "police-hoan-kiem");
    }

    // Rule 11: needs a follow-up found, within the consent referral knows now.

    private Routing routeNewNeeds(String ward, Set<Need> needs, Set<AgencyType> consented) {
        var facts = new CaseFacts("case-1", "GBV-0000CASE", ward, IncidentType.PHYSICAL_ASSAULT, RiskLevel.HIGH,
                consented);
        return RoutingPolicy.routeNewNeeds(new NewNeedsIdentified("case-1", "follow-up-1", ward, needs), facts,
                directory);
    }

    @Test
    void aNewConsentedNeedIsReferredToTheAgencyOfItsTypeServingTheWardWithoutNotifyingTheCommitteeAgain() {
        Routing routing = routeNewNeeds("hoan-kiem", Set.of(Need.MEDICAL), Set.of(AgencyType.HEALTH));

        assertThat(routing.destinations()).extracting(d -> d.agency().id(), Destination::need)
                .containsExactly(tuple("health-hoan-kiem", Need.MEDICAL));
        assertThat(routing.unrouted()).isEmpty();
    }

    @Test
    void aNewNeedWithoutConsentIsNotReferredAndTheGapIsRecorded() {
        Routing routing = routeNewNeeds("hoan-kiem", Set.of(Need.POLICE, Need.MEDICAL), Set.of(AgencyType.HEALTH));

        assertThat(agencies(routing)).containsExactly("health-hoan-kiem");
        assertThat(routing.unrouted()).containsExactly(new Unrouted(AgencyType.POLICE, Need.POLICE, Reason.NO_CONSENT));
    }

    @Test
    void aNewNeedNoAgencyServesIsRecordedNotReferred() {
        Routing routing = routeNewNeeds("suoi-hai", Set.of(Need.POLICE), Set.of(AgencyType.POLICE));

        assertThat(routing.destinations()).isEmpty();
        assertThat(routing.unrouted()).containsExactly(
                new Unrouted(AgencyType.POLICE, Need.POLICE, Reason.NO_AGENCY_SERVES_WARD));
    }

    @Test
    void aNewNeedGoesToTheNearestAgencyInDirectoryOrder() {
        Routing nearest = routeNewNeeds("suoi-hai", Set.of(Need.SAFETY), Set.of(AgencyType.SHELTER));
        Routing firstListed = routeNewNeeds("hoan-kiem", Set.of(Need.LEGAL), Set.of(AgencyType.LEGAL_AID));

        assertThat(agencies(nearest)).containsExactly("trusted-address-suoi-hai");
        assertThat(agencies(firstListed)).containsExactly("legal-aid-first");
    }

    @Test
    void newNeedsFollowTheConsentReferralKnowsNowAndTheWardItKnows() {
        var facts = new CaseFacts("case-1", "GBV-0000CASE", "hoan-kiem", IncidentType.PHYSICAL_ASSAULT, RiskLevel.HIGH,
                Set.of(AgencyType.HEALTH));
        // The event's ward is follow-up's copy; referral's own record of the case decides.
        var newNeeds = new NewNeedsIdentified("case-1", "follow-up-1", "suoi-hai", Set.of(Need.MEDICAL));

        assertThat(agencies(RoutingPolicy.routeNewNeeds(newNeeds, facts, directory)))
                .containsExactly("health-hoan-kiem");
    }

    @Test
    void noNewNeedsRefersNothing() {
        Routing routing = routeNewNeeds("hoan-kiem", Set.of(), Set.of(AgencyType.POLICE, AgencyType.HEALTH));

        assertThat(routing.destinations()).isEmpty();
        assertThat(routing.unrouted()).isEmpty();
    }
}

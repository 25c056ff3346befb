package vn.hanoi.gbv.referral.referrals.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.hanoi.gbv.events.AgencyType;
import vn.hanoi.gbv.events.IncidentType;
import vn.hanoi.gbv.events.Need;
import vn.hanoi.gbv.events.RiskLevel;
import vn.hanoi.gbv.events.intake.CaseVerified;
import vn.hanoi.gbv.events.intake.EmergencyCaseRegistered;
import vn.hanoi.gbv.events.referral.ReferralAccepted;
import vn.hanoi.gbv.events.referral.ReferralCreated;
import vn.hanoi.gbv.events.referral.ReferralDeclined;
import vn.hanoi.gbv.platform.domain.Forbidden;
import vn.hanoi.gbv.platform.domain.InvalidInput;
import vn.hanoi.gbv.referral.directory.domain.Agency;

/** A referral's life: SENT, then ACCEPTED or DECLINED once, by an officer of the receiving agency only. */
class ReferralUnitTest {

    private static final Instant CREATED = Instant.parse("2026-11-20T08:00:00Z");
    private static final Instant DECIDED = Instant.parse("2026-11-20T09:30:00Z");
    private static final Agency POLICE_HK =
            new Agency("police-hoan-kiem", "Công an phường Hoàn Kiếm", "Hoan Kiem Ward Police", AgencyType.POLICE,
                    Set.of("hoan-kiem"), false);

    static final AcknowledgementSla SLA = new AcknowledgementSla(java.time.Duration.ofHours(1),
            java.time.Duration.ofHours(4), java.time.Duration.ofHours(24));

    private final Staff policeOfficer = new Staff("police.hk", Set.of(Staff.AGENCY_OFFICER), null, "police-hoan-kiem");
    private final Staff healthOfficer = new Staff("health.hk", Set.of(Staff.AGENCY_OFFICER), null, "health-hoan-kiem");

    private static Referral sentToPolice() {
        var verified = new CaseVerified("case-1", "GBV-0000CASE", "hoan-kiem", IncidentType.PHYSICAL_ASSAULT,
                RiskLevel.HIGH, Set.of(Need.POLICE), Set.of(AgencyType.POLICE));
        return Referral.create("referral-1", verified, new Routing.Destination(POLICE_HK, Need.POLICE), CREATED, SLA);
    }

    @Test
    void aNewReferralIsSentAndRecordsReferralCreated() {
        Referral referral = sentToPolice();

        assertThat(referral.status()).isEqualTo(ReferralStatus.SENT);
        assertThat(referral.createdAt()).isEqualTo(CREATED);
        assertThat(referral.pendingEvents()).containsExactly(new ReferralCreated("case-1", "referral-1",
                "police-hoan-kiem", AgencyType.POLICE, "hoan-kiem", Need.POLICE, RiskLevel.HIGH));
    }

    @Test
    void aVerifiedCasesReferralIsNotAnEmergencyAndIsUrgentOnlyInImmediateDanger() {
        var inDanger = new CaseVerified("case-2", "GBV-0000CAS2", "hoan-kiem", IncidentType.RAPE,
                RiskLevel.IMMEDIATE_DANGER, Set.of(Need.POLICE), Set.of(AgencyType.POLICE));
        Referral routine = sentToPolice();
        Referral verifiedInDanger = Referral.create("referral-2", inDanger,
                new Routing.Destination(POLICE_HK, Need.POLICE), CREATED, SLA);

        assertThat(routine.emergency()).isFalse();
        assertThat(routine.urgent()).isFalse();
        assertThat(verifiedInDanger.emergency()).isFalse();
        assertThat(verifiedInDanger.urgent()).isTrue();
    }

    @Test
    void anEmergencyReferralIsMarkedUrgentAndRecordsReferralCreated() {
        var emergency = new EmergencyCaseRegistered("case-1", "GBV-0000CASE", "hoan-kiem", IncidentType.RAPE,
                RiskLevel.IMMEDIATE_DANGER, Set.of(), Set.of(AgencyType.POLICE));

        Referral referral = Referral.createEmergency("referral-1", emergency,
                new Routing.Destination(POLICE_HK, Need.POLICE), CREATED, SLA);

        assertThat(referral.emergency()).isTrue();
        assertThat(referral.urgent()).isTrue();
        assertThat(referral.status()).isEqualTo(ReferralStatus.SENT);
        assertThat(referral.pendingEvents()).containsExactly(new ReferralCreated("case-1", "referral-1",
                "police-hoan-kiem", AgencyType.POLICE, "hoan-kiem", Need.POLICE, RiskLevel.IMMEDIATE_DANGER));
    }

    @Test
    void aCaseHasOneReferralIdPerAgency() {
        assertThat(Referral.idFor("case-1", "police-hoan-kiem"))
                .isEqualTo(Referral.idFor("case-1", "police-hoan-kiem"))
                .isNotEqualTo(Referral.idFor("case-1", "health-hoan-kiem"))
                .isNotEqualTo(Referral.idFor("case-2", "police-hoan-kiem"));
    }

    @Test
    void anOfficerOfTheReceivingAgencyAcceptsIt() {
        Referral referral = sentToPolice();

        referral.accept(policeOfficer, DECIDED);

        assertThat(referral.status()).isEqualTo(ReferralStatus.ACCEPTED);
        assertThat(referral.decidedBy()).isEqualTo("police.hk");
        assertThat(referral.decidedAt()).isEqualTo(DECIDED);
        assertThat(referral.pendingEvents()).last().isEqualTo(new ReferralAccepted("case-1", "referral-1",
                "police-hoan-kiem", AgencyType.POLICE, "hoan-kiem", RiskLevel.HIGH));
    }

    @Test
    void aDeclineKeepsItsReasonButTheEventDoesNotCarryIt() {
        Referral referral = sentToPolice();

        referral.decline(policeOfficer, "  Outside our jurisdiction  ", null, DECIDED);

        assertThat(referral.status()).isEqualTo(ReferralStatus.DECLINED);
        assertThat(referral.declineReason()).isEqualTo("Outside our jurisdiction");
        assertThat(referral.pendingEvents()).contains(
                new ReferralDeclined("case-1", "referral-1", "police-hoan-kiem", AgencyType.POLICE, "hoan-kiem"));
        assertThat(referral.toString()).doesNotContain("jurisdiction");
    }

    @Test
    void aDeclineNeedsAReason() {
        Referral referral = sentToPolice();

        assertThatThrownBy(() -> referral.decline(policeOfficer, " ", null, DECIDED))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("reason"));
        assertThat(referral.status()).isEqualTo(ReferralStatus.SENT);
    }

    @Test
    void aReferralIsAcceptedOnce() {
        Referral referral = sentToPolice();
        referral.accept(policeOfficer, DECIDED);

        assertThatThrownBy(() -> referral.accept(policeOfficer, DECIDED)).isInstanceOf(IllegalReferralTransition.class);
        assertThatThrownBy(() -> referral.decline(policeOfficer, "changed our mind", null, DECIDED))
                .isInstanceOf(IllegalReferralTransition.class);
        assertThat(referral.status()).isEqualTo(ReferralStatus.ACCEPTED);
    }

    @Test
    void aDeclinedReferralCannotBeAcceptedAfterwards() {
        Referral referral = sentToPolice();
        referral.decline(policeOfficer, "no capacity", null, DECIDED);

        assertThatThrownBy(() -> referral.accept(policeOfficer, DECIDED)).isInstanceOf(IllegalReferralTransition.class);
        assertThat(referral.status()).isEqualTo(ReferralStatus.DECLINED);
    }

    @Test
    void anotherAgencysOfficerDoesNotSeeIt() {
        Referral referral = sentToPolice();

        assertThatThrownBy(() -> referral.accept(healthOfficer, DECIDED)).isInstanceOf(ReferralNotFound.class);
        assertThatThrownBy(() -> referral.decline(healthOfficer, "not ours", null, DECIDED))
                .isInstanceOf(ReferralNotFound.class);
        assertThat(referral.status()).isEqualTo(ReferralStatus.SENT);
    }

    @Test
    void aCounsellorOfTheWardMayNotDecide() {
        Staff counsellor = new Staff("lan", Set.of(Staff.COUNSELLOR), "hoan-kiem", null);

        assertThatThrownBy(() -> sentToPolice().accept(counsellor, DECIDED))
                .isInstanceOf(Forbidden.class).hasMessage("problem.referral.officers-decide");
    }
}

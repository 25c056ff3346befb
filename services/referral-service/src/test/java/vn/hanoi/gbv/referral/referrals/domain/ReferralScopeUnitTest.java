package vn.hanoi.gbv.referral.referrals.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.hanoi.gbv.events.AgencyType;
import vn.hanoi.gbv.events.IncidentType;
import vn.hanoi.gbv.events.Need;
import vn.hanoi.gbv.events.RiskLevel;

/** Who sees a referral to police-hoan-kiem of a hoan-kiem case. */
class ReferralScopeUnitTest {

    private final Referral referral = Referral.restore(new Referral.Snapshot("referral-1", "case-1", "GBV-0000CASE",
            "hoan-kiem", "police-hoan-kiem", AgencyType.POLICE, Need.POLICE, IncidentType.RAPE,
            RiskLevel.IMMEDIATE_DANGER, false, ReferralStatus.SENT, null, null, null, null, null, null, null, null,
            null, null, null, null, null, null, false, false, null, null, null, 0));

    private static Staff staff(String role, String ward, String agency) {
        return new Staff("someone", Set.of(role), ward, agency);
    }

    @Test
    void aSupervisorSeesEveryReferral() {
        assertThat(ReferralScope.canSee(staff(Staff.SUPERVISOR, null, null), referral)).isTrue();
    }

    @Test
    void wardStaffSeeTheirOwnWardsReferralsOnly() {
        assertThat(ReferralScope.canSee(staff(Staff.COUNSELLOR, "hoan-kiem", null), referral)).isTrue();
        assertThat(ReferralScope.canSee(staff(Staff.WARD_VERIFIER, "hoan-kiem", null), referral)).isTrue();
        assertThat(ReferralScope.canSee(staff(Staff.COUNSELLOR, "suoi-hai", null), referral)).isFalse();
    }

    @Test
    void officersSeeTheirOwnAgencysReferralsOnly() {
        assertThat(ReferralScope.canSee(staff(Staff.AGENCY_OFFICER, null, "police-hoan-kiem"), referral)).isTrue();
        assertThat(ReferralScope.canSee(staff(Staff.AGENCY_OFFICER, null, "health-hoan-kiem"), referral)).isFalse();
        // A committee officer of the same ward sees the committee's referrals, not the police's.
        assertThat(ReferralScope.canSee(staff(Staff.COMMITTEE_OFFICER, "hoan-kiem", "ubnd-hoan-kiem"), referral))
                .isFalse();
    }

    @Test
    void anAgencyClaimWithoutAnOfficerRoleGrantsNothing() {
        assertThat(ReferralScope.canSee(staff("ADMIN", null, "police-hoan-kiem"), referral)).isFalse();
    }
}

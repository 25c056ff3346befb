package vn.hanoi.gbv.followup.followups.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.hanoi.gbv.events.RiskLevel;

class FollowUpScopeUnitTest {

    private final FollowUp inHoanKiem = new FollowUp("f-1", "case-1", FollowUpKind.FIRST_SAFETY_CHECK, "hoan-kiem",
            RiskLevel.HIGH, Instant.EPOCH, FollowUpStatus.SCHEDULED, Instant.EPOCH, null, null, null, null, null, 0);

    @Test
    void wardStaffSeeTheirOwnWardsFollowUpsAndCitySupervisorsSeeAll() {
        assertThat(FollowUpScope.canSee(new Staff("lan", Set.of(Staff.COUNSELLOR), "hoan-kiem"), inHoanKiem)).isTrue();
        assertThat(FollowUpScope.canSee(new Staff("hoa", Set.of(Staff.WARD_VERIFIER), "hoan-kiem"), inHoanKiem)).isTrue();
        assertThat(FollowUpScope.canSee(new Staff("sup", Set.of(Staff.SUPERVISOR), null), inHoanKiem)).isTrue();
        assertThat(FollowUpScope.canSee(new Staff("sup", Set.of(Staff.SUPERVISOR), "hoan-kiem"), inHoanKiem)).isTrue();
    }

    @Test
    void anotherWardsStaffAndSupervisorAndOtherRolesSeeNothing() {
        assertThat(FollowUpScope.canSee(new Staff("minh", Set.of(Staff.COUNSELLOR), "suoi-hai"), inHoanKiem)).isFalse();
        assertThat(FollowUpScope.canSee(new Staff("x", Set.of(Staff.COUNSELLOR), null), inHoanKiem)).isFalse();
        assertThat(FollowUpScope.canSee(new Staff("sup", Set.of(Staff.SUPERVISOR), "suoi-hai"), inHoanKiem)).isFalse();
        assertThat(FollowUpScope.canSee(new Staff("police", Set.of("AGENCY_OFFICER"), "hoan-kiem"), inHoanKiem))
                .isFalse();
    }

    @Test
    void onlyTheWardsCounsellorsRecordAndOnlySupervisorsOfItsScopeDecide() {
        assertThat(FollowUpScope.isCounsellorOf(new Staff("lan", Set.of(Staff.COUNSELLOR), "hoan-kiem"), "hoan-kiem")).isTrue();
        assertThat(FollowUpScope.isCounsellorOf(new Staff("hoa", Set.of(Staff.WARD_VERIFIER), "hoan-kiem"), "hoan-kiem")).isFalse();
        assertThat(FollowUpScope.isSupervisorOf(new Staff("sup", Set.of(Staff.SUPERVISOR), null), "hoan-kiem")).isTrue();
        assertThat(FollowUpScope.isSupervisorOf(new Staff("sup", Set.of(Staff.SUPERVISOR), "suoi-hai"), "hoan-kiem")).isFalse();
        assertThat(FollowUpScope.isSupervisorOf(new Staff("lan", Set.of(Staff.COUNSELLOR), "hoan-kiem"), "hoan-kiem")).isFalse();
    }
}

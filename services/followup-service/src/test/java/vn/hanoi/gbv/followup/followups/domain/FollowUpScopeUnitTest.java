package vn.hanoi.gbv.followup.followups.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.hanoi.gbv.events.RiskLevel;

class FollowUpScopeUnitTest {

    private final FollowUp inHoanKiem = new FollowUp("f-1", "case-1", FollowUpKind.FIRST_SAFETY_CHECK, "hoan-kiem",
            RiskLevel.HIGH, Instant.EPOCH, FollowUpStatus.SCHEDULED, Instant.EPOCH, 0);

    @Test
    void wardStaffSeeTheirOwnWardsFollowUpsAndSupervisorsSeeAll() {
        assertThat(FollowUpScope.canSee(new Staff("lan", Set.of(Staff.COUNSELLOR), "hoan-kiem"), inHoanKiem)).isTrue();
        assertThat(FollowUpScope.canSee(new Staff("hoa", Set.of(Staff.WARD_VERIFIER), "hoan-kiem"), inHoanKiem)).isTrue();
        assertThat(FollowUpScope.canSee(new Staff("sup", Set.of(Staff.SUPERVISOR), null), inHoanKiem)).isTrue();
    }

    @Test
    void anotherWardsStaffAndOtherRolesSeeNothing() {
        assertThat(FollowUpScope.canSee(new Staff("minh", Set.of(Staff.COUNSELLOR), "suoi-hai"), inHoanKiem)).isFalse();
        assertThat(FollowUpScope.canSee(new Staff("x", Set.of(Staff.COUNSELLOR), null), inHoanKiem)).isFalse();
        assertThat(FollowUpScope.canSee(new Staff("police", Set.of("AGENCY_OFFICER"), "hoan-kiem"), inHoanKiem))
                .isFalse();
    }
}

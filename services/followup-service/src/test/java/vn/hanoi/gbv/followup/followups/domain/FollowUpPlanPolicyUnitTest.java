package vn.hanoi.gbv.followup.followups.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import vn.hanoi.gbv.events.AgencyType;
import vn.hanoi.gbv.events.RiskLevel;
import vn.hanoi.gbv.events.followup.FollowUpScheduled;
import vn.hanoi.gbv.events.referral.ReferralAccepted;

class FollowUpPlanPolicyUnitTest {

    private static final Instant ACCEPTED = Instant.parse("2026-11-20T08:00:00Z");
    private final FollowUpPlanPolicy policy = new FollowUpPlanPolicy(Duration.ofHours(24), Duration.ofHours(72),
            Duration.ofDays(7), Duration.ofDays(14));

    @Test
    void aSurvivorInImmediateDangerIsCheckedWithinADay() {
        assertThat(policy.firstSafetyCheckDue(RiskLevel.IMMEDIATE_DANGER, ACCEPTED))
                .isEqualTo(Instant.parse("2026-11-21T08:00:00Z"));
    }

    @Test
    void aHighRiskCaseIsCheckedWithinThreeDays() {
        assertThat(policy.firstSafetyCheckDue(RiskLevel.HIGH, ACCEPTED)).isEqualTo(Instant.parse("2026-11-23T08:00:00Z"));
    }

    @Test
    void aMediumRiskCaseIsCheckedWithinAWeek() {
        assertThat(policy.firstSafetyCheckDue(RiskLevel.MEDIUM, ACCEPTED)).isEqualTo(Instant.parse("2026-11-27T08:00:00Z"));
    }

    @Test
    void aLowRiskCaseIsCheckedWithinTwoWeeks() {
        assertThat(policy.firstSafetyCheckDue(RiskLevel.LOW, ACCEPTED)).isEqualTo(Instant.parse("2026-12-04T08:00:00Z"));
    }

    @Test
    void aCaseWithoutARiskLevelIsCheckedAsSoonAsTheMostDangerous() {
        assertThat(policy.firstSafetyCheckDue(null, ACCEPTED)).isEqualTo(Instant.parse("2026-11-21T08:00:00Z"));
    }

    @Test
    void deadlinesThatCheckAHigherRiskLaterThanALowerOneAreRefused() {
        assertThatThrownBy(() -> new FollowUpPlanPolicy(Duration.ofDays(3), Duration.ofDays(1), Duration.ofDays(7),
                Duration.ofDays(14))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FollowUpPlanPolicy(Duration.ZERO, Duration.ofDays(1), Duration.ofDays(7),
                Duration.ofDays(14))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anAcceptedReferralPlansTheCasesFirstSafetyCheckUnderAnIdOfTheCase() {
        var accepted = new ReferralAccepted("case-1", "ref-1", "police-hoan-kiem", AgencyType.POLICE, "hoan-kiem",
                RiskLevel.HIGH);
        var later = new ReferralAccepted("case-1", "ref-2", "health-hoan-kiem", AgencyType.HEALTH, "hoan-kiem",
                RiskLevel.LOW);

        FollowUp followUp = FollowUp.firstSafetyCheck(accepted, ACCEPTED, policy, ACCEPTED.plusSeconds(1));

        assertThat(followUp.status()).isEqualTo(FollowUpStatus.SCHEDULED);
        assertThat(followUp.pendingEvents()).containsExactly(new FollowUpScheduled("case-1", followUp.id(),
                "FIRST_SAFETY_CHECK", "hoan-kiem", RiskLevel.HIGH, Instant.parse("2026-11-23T08:00:00Z")));
        assertThat(FollowUp.firstSafetyCheck(later, ACCEPTED, policy, ACCEPTED).id()).isEqualTo(followUp.id());
    }
}

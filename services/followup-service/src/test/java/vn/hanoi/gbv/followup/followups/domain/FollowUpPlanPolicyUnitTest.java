package vn.hanoi.gbv.followup.followups.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import vn.hanoi.gbv.events.RiskLevel;
import vn.hanoi.gbv.events.followup.FollowUpScheduled;

/** The plan rules, one by one, with the programme's standard deadlines. */
class FollowUpPlanPolicyUnitTest {

    private static final Instant AT = Instant.parse("2026-11-20T08:00:00Z");
    private final FollowUpPlanPolicy policy = FollowUpPlanPolicy.standard();

    @Test
    void aVerifiedCaseInImmediateDangerIsCheckedWithinADay() {
        assertThat(policy.onCaseKnown("case-1", RiskLevel.IMMEDIATE_DANGER, AT).dueAt())
                .isEqualTo(Instant.parse("2026-11-21T08:00:00Z"));
    }

    @Test
    void aHighRiskCaseIsCheckedWithinThreeDays() {
        assertThat(policy.onCaseKnown("case-1", RiskLevel.HIGH, AT).dueAt()).isEqualTo(Instant.parse("2026-11-23T08:00:00Z"));
    }

    @Test
    void aMediumRiskCaseIsCheckedWithinAWeek() {
        assertThat(policy.onCaseKnown("case-1", RiskLevel.MEDIUM, AT).dueAt()).isEqualTo(Instant.parse("2026-11-27T08:00:00Z"));
    }

    @Test
    void aLowRiskCaseIsCheckedWithinTwoWeeks() {
        assertThat(policy.onCaseKnown("case-1", RiskLevel.LOW, AT).dueAt()).isEqualTo(Instant.parse("2026-12-04T08:00:00Z"));
    }

    @Test
    void aCaseWithoutARiskLevelIsCheckedAsSoonAsTheMostDangerous() {
        assertThat(policy.onCaseKnown("case-1", null, AT).dueAt()).isEqualTo(Instant.parse("2026-11-21T08:00:00Z"));
    }

    @Test
    void anEmergencyCaseVerifiedLaterKeepsItsOneFirstSafetyCheck() {
        PlannedCheck emergency = policy.onCaseKnown("case-1", RiskLevel.IMMEDIATE_DANGER, AT);
        PlannedCheck verified = policy.onCaseKnown("case-1", RiskLevel.HIGH, AT.plus(Duration.ofHours(5)));

        assertThat(verified.id()).isEqualTo(emergency.id());
        assertThat(emergency.kind()).isEqualTo(FollowUpKind.FIRST_SAFETY_CHECK);
        assertThat(policy.onCaseKnown("case-2", RiskLevel.HIGH, AT).id()).isNotEqualTo(emergency.id());
    }

    @Test
    void anAcceptedReferralGetsAServiceReceivedCheckWithinAWeekOnePerReferral() {
        PlannedCheck check = policy.onReferralAccepted("ref-1", AT);

        assertThat(check.kind()).isEqualTo(FollowUpKind.SERVICE_RECEIVED_CHECK);
        assertThat(check.dueAt()).isEqualTo(Instant.parse("2026-11-27T08:00:00Z"));
        assertThat(policy.onReferralAccepted("ref-1", AT.plusSeconds(60)).id()).isEqualTo(check.id());
        assertThat(policy.onReferralAccepted("ref-2", AT).id()).isNotEqualTo(check.id());
    }

    @Test
    void aCompletedOrDeclinedReferralIsFollowedUpWithinThreeDays() {
        PlannedCheck check = policy.onReferralEnded("ref-1", AT);

        assertThat(check.kind()).isEqualTo(FollowUpKind.REFERRAL_OUTCOME_CHECK);
        assertThat(check.dueAt()).isEqualTo(Instant.parse("2026-11-23T08:00:00Z"));
        assertThat(check.id()).isNotEqualTo(policy.onReferralAccepted("ref-1", AT).id());
    }

    @Test
    void aRaisedRiskLevelTightensTheNextCheck() {
        PlannedCheck stillLow = policy.afterRecording("f-1", RiskLevel.LOW, AT, null);
        PlannedCheck nowHigh = policy.afterRecording("f-1", RiskLevel.HIGH, AT, null);

        assertThat(stillLow.dueAt()).isEqualTo(AT.plus(Duration.ofDays(14)));
        assertThat(nowHigh.dueAt()).isEqualTo(AT.plus(Duration.ofHours(72)));
        assertThat(nowHigh.kind()).isEqualTo(FollowUpKind.NEXT_SAFETY_CHECK);
    }

    @Test
    void aCounsellorMayBringTheNextCheckForwardButNotPushItPastWhatTheRiskAllows() {
        Instant sooner = AT.plus(Duration.ofHours(6));
        Instant later = AT.plus(Duration.ofDays(30));

        assertThat(policy.afterRecording("f-1", RiskLevel.HIGH, AT, sooner).dueAt()).isEqualTo(sooner);
        assertThat(policy.afterRecording("f-1", RiskLevel.HIGH, AT, later).dueAt()).isEqualTo(AT.plus(Duration.ofHours(72)));
    }

    @Test
    void eachReopeningPlansItsOwnSafetyCheck() {
        PlannedCheck first = policy.onReopened("case-1", 1, RiskLevel.MEDIUM, AT);

        assertThat(first.kind()).isEqualTo(FollowUpKind.FIRST_SAFETY_CHECK);
        assertThat(first.dueAt()).isEqualTo(AT.plus(Duration.ofDays(7)));
        assertThat(first.id()).isNotEqualTo(FollowUpPlanPolicy.firstSafetyCheckId("case-1"))
                .isNotEqualTo(policy.onReopened("case-1", 2, RiskLevel.MEDIUM, AT).id());
    }

    @Test
    void anOverdueFollowUpGoesToASupervisorADayAfterItWasDue() {
        assertThat(policy.escalationDue(AT)).isEqualTo(AT.plus(Duration.ofHours(24)));
    }

    @Test
    void deadlinesThatCheckAHigherRiskLaterThanALowerOneAreRefused() {
        assertThatThrownBy(() -> new FollowUpPlanPolicy(Duration.ofDays(3), Duration.ofDays(1), Duration.ofDays(7),
                Duration.ofDays(14), Duration.ofDays(7), Duration.ofDays(3), Duration.ofDays(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FollowUpPlanPolicy(Duration.ZERO, Duration.ofDays(1), Duration.ofDays(7),
                Duration.ofDays(14), Duration.ofDays(7), Duration.ofDays(3), Duration.ofDays(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FollowUpPlanPolicy(Duration.ofDays(1), Duration.ofDays(3), Duration.ofDays(7),
                Duration.ofDays(14), Duration.ofDays(7), Duration.ofDays(3), Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aPlannedFollowUpAnnouncesItself() {
        PlannedCheck check = policy.onCaseKnown("case-1", RiskLevel.HIGH, AT);

        FollowUp followUp = FollowUp.planned(check, "case-1", "hoan-kiem", RiskLevel.HIGH, null, AT.plusSeconds(1));

        assertThat(followUp.status()).isEqualTo(FollowUpStatus.SCHEDULED);
        assertThat(followUp.pendingEvents()).containsExactly(new FollowUpScheduled("case-1", check.id(),
                "FIRST_SAFETY_CHECK", "hoan-kiem", RiskLevel.HIGH, Instant.parse("2026-11-23T08:00:00Z")));
    }
}

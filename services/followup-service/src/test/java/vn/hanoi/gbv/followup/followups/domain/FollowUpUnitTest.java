package vn.hanoi.gbv.followup.followups.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.hanoi.gbv.events.Need;
import vn.hanoi.gbv.events.RiskLevel;
import vn.hanoi.gbv.events.followup.ContactChannel;
import vn.hanoi.gbv.events.followup.FollowUpEscalated;
import vn.hanoi.gbv.events.followup.FollowUpOverdue;
import vn.hanoi.gbv.events.followup.FollowUpRecorded;
import vn.hanoi.gbv.events.followup.NewNeedsIdentified;
import vn.hanoi.gbv.platform.domain.Conflict;
import vn.hanoi.gbv.platform.domain.InvalidInput;

/** Recording a follow-up, and what happens to one nobody records. */
class FollowUpUnitTest {

    private static final Instant AT = Instant.parse("2026-11-20T08:00:00Z");
    private final FollowUpPlanPolicy policy = FollowUpPlanPolicy.standard();

    private FollowUp scheduled() {
        return new FollowUp("f-1", "case-1", FollowUpKind.FIRST_SAFETY_CHECK, "hoan-kiem", RiskLevel.LOW, AT,
                FollowUpStatus.SCHEDULED, AT.minus(Duration.ofDays(14)), null, null, null, null, null, 3);
    }

    private static Recording recording(RiskLevel level, Set<Need> newNeeds, String next) {
        return new Recording(true, ContactChannel.PHONE, true, level, Set.of(RiskIndicator.THREAT_TO_KILL),
                Set.of(Need.MEDICAL), newNeeds, "Chị nói chồng đã quay về nhà", null, "lan", AT, next);
    }

    @Test
    void aRecordingPublishesCodesOnlyAndTheNewNeedsSeparately() {
        FollowUp followUp = scheduled();
        PlannedCheck next = policy.afterRecording("f-1", RiskLevel.HIGH, AT, null);

        followUp.record(recording(RiskLevel.HIGH, Set.of(Need.LEGAL), next.id()), next, false);

        assertThat(followUp.status()).isEqualTo(FollowUpStatus.DONE);
        assertThat(followUp.pendingEvents()).containsExactly(
                new FollowUpRecorded("case-1", "f-1", "hoan-kiem", true, ContactChannel.PHONE, true, RiskLevel.LOW,
                        RiskLevel.HIGH, Set.of("THREAT_TO_KILL"), Set.of(Need.MEDICAL), next.id(),
                        AT.plus(Duration.ofHours(72))),
                new NewNeedsIdentified("case-1", "f-1", "hoan-kiem", Set.of(Need.LEGAL)));
        assertThat(followUp.pendingEvents().toString()).doesNotContain("chồng");
    }

    @Test
    void withoutNewNeedsNoNewNeedsEvent() {
        FollowUp followUp = scheduled();
        PlannedCheck next = policy.afterRecording("f-1", RiskLevel.LOW, AT, null);

        followUp.record(recording(RiskLevel.LOW, Set.of(), next.id()), next, false);

        assertThat(followUp.pendingEvents()).hasSize(1).first().isInstanceOf(FollowUpRecorded.class);
    }

    @Test
    void aFollowUpOfAClosedCaseOrOneAlreadyRecordedIsNotRecorded() {
        PlannedCheck next = policy.afterRecording("f-1", RiskLevel.LOW, AT, null);
        FollowUp followUp = scheduled();

        assertThatThrownBy(() -> followUp.record(recording(RiskLevel.LOW, Set.of(), next.id()), next, true))
                .isInstanceOf(Conflict.class).hasMessage("problem.followups.case-closed");
        assertThat(followUp.status()).isEqualTo(FollowUpStatus.SCHEDULED);
        assertThat(followUp.pendingEvents()).isEmpty();

        followUp.record(recording(RiskLevel.LOW, Set.of(), next.id()), next, false);
        assertThatThrownBy(() -> followUp.record(recording(RiskLevel.LOW, Set.of(), next.id()), next, false))
                .isInstanceOf(Conflict.class).hasMessage("problem.followups.not-open");
    }

    @Test
    void contactMadeMustSayWhetherSheIsSafeAndAnAttemptCannot() {
        PlannedCheck next = policy.afterRecording("f-1", RiskLevel.LOW, AT, null);
        Recording unsaid = new Recording(true, ContactChannel.HOME_VISIT, null, RiskLevel.LOW, null, null, null, null,
                null, "lan", AT, next.id());
        Recording attempt = new Recording(false, ContactChannel.PHONE, true, RiskLevel.LOW, null, null, null, null,
                null, "lan", AT, next.id());

        assertThatThrownBy(() -> scheduled().record(unsaid, next, false)).isInstanceOf(InvalidInput.class);
        assertThat(attempt.survivorSafe()).isNull();
    }

    @Test
    void aFollowUpPastDueIsAnnouncedOverdueOnceThenEscalatedOnceADayLater() {
        FollowUp followUp = scheduled();

        assertThat(followUp.markOverdue(AT)).as("not yet past due at the due instant").isFalse();
        assertThat(followUp.markOverdue(AT.plusSeconds(1))).isTrue();
        assertThat(followUp.markOverdue(AT.plusSeconds(2))).isFalse();
        assertThat(followUp.escalate(policy.escalationDue(AT), AT.plus(Duration.ofHours(23)))).isFalse();
        assertThat(followUp.escalate(policy.escalationDue(AT), AT.plus(Duration.ofHours(24)))).isTrue();
        assertThat(followUp.escalate(policy.escalationDue(AT), AT.plus(Duration.ofHours(48)))).isFalse();

        assertThat(followUp.pendingEvents()).containsExactly(
                new FollowUpOverdue("case-1", "f-1", "FIRST_SAFETY_CHECK", "hoan-kiem", RiskLevel.LOW, AT),
                new FollowUpEscalated("case-1", "f-1", "FIRST_SAFETY_CHECK", "hoan-kiem", RiskLevel.LOW, AT,
                        "SUPERVISOR"));
    }

    @Test
    void aRecordedOrCancelledFollowUpIsNeverOverdue() {
        FollowUp cancelled = scheduled();
        assertThat(cancelled.cancel(AT)).isTrue();
        assertThat(cancelled.cancel(AT)).isFalse();
        assertThat(cancelled.markOverdue(AT.plus(Duration.ofDays(3)))).isFalse();
        assertThat(cancelled.status()).isEqualTo(FollowUpStatus.CANCELLED);
    }
}

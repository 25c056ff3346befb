package vn.hanoi.gbv.intake.cases.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hanoi.gbv.intake.cases.domain.CaseFixtures.NOW;

import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.hanoi.gbv.events.RiskLevel;

/** A case's status follows the facts other services report, whatever order they come in, and twice is once. */
class CaseProgressUnitTest {

    private final Staff lan = new Staff("lan", Set.of(Staff.COUNSELLOR), "hoan-kiem");
    private final Staff hoa = new Staff("hoa", Set.of(Staff.WARD_VERIFIER), "hoan-kiem");

    private GbvCase verified() {
        GbvCase gbvCase = GbvCase.register("5e8a4e16-cca7", lan, CaseFixtures.details("hoan-kiem", RiskLevel.HIGH,
                Set.of()), "f", NOW);
        gbvCase.decide(hoa, VerificationDecision.VERIFIED, null, NOW);
        return gbvCase;
    }

    @Test
    void aVerifiedCaseIsReferredThenInFollowUpThenClosed() {
        GbvCase gbvCase = verified();
        assertThat(gbvCase.status()).isEqualTo(CaseStatus.VERIFIED);

        assertThat(gbvCase.referred(NOW.plusSeconds(1))).isTrue();
        assertThat(gbvCase.status()).isEqualTo(CaseStatus.REFERRED);
        assertThat(gbvCase.followUpStarted(NOW.plusSeconds(2))).isTrue();
        assertThat(gbvCase.status()).isEqualTo(CaseStatus.IN_FOLLOW_UP);
        assertThat(gbvCase.closed(NOW.plusSeconds(3))).isTrue();
        assertThat(gbvCase.status()).isEqualTo(CaseStatus.CLOSED);
    }

    @Test
    void theSameFactTwiceChangesNothing() {
        GbvCase gbvCase = verified();
        gbvCase.referred(NOW.plusSeconds(1));

        assertThat(gbvCase.referred(NOW.plusSeconds(5))).isFalse();
        assertThat(gbvCase.progress().referredAt()).isEqualTo(NOW.plusSeconds(1));
    }

    @Test
    void factsFromTwoTopicsGiveTheSameStatusInAnyOrder() {
        GbvCase acceptedFirst = verified();
        acceptedFirst.followUpStarted(NOW.plusSeconds(2));
        acceptedFirst.referred(NOW.plusSeconds(1));

        assertThat(acceptedFirst.status()).isEqualTo(CaseStatus.IN_FOLLOW_UP);
    }

    @Test
    void anEmergencyReferralBeforeVerificationLeavesTheCaseToBeVerified() {
        GbvCase gbvCase = GbvCase.register("5e8a4e16-cca8", lan, CaseFixtures.details("hoan-kiem",
                RiskLevel.IMMEDIATE_DANGER, Set.of()), "f", NOW);

        gbvCase.referred(NOW.plusSeconds(1));
        assertThat(gbvCase.status()).isEqualTo(CaseStatus.REGISTERED);

        gbvCase.decide(hoa, VerificationDecision.VERIFIED, null, NOW.plusSeconds(60));
        assertThat(gbvCase.status()).isEqualTo(CaseStatus.REFERRED);
    }

    @Test
    void aRedeliveredOldClosureCannotUndoANewerReopening() {
        GbvCase gbvCase = verified();
        Instant closedAt = NOW.plusSeconds(10);
        gbvCase.followUpStarted(NOW.plusSeconds(5));
        gbvCase.closed(closedAt);
        gbvCase.reopened(closedAt.plusSeconds(10));

        assertThat(gbvCase.closed(closedAt)).isFalse();
        assertThat(gbvCase.status()).isEqualTo(CaseStatus.IN_FOLLOW_UP);
    }

    @Test
    void aRejectedCaseStaysRejectedWhateverArrivesLate() {
        GbvCase gbvCase = GbvCase.register("5e8a4e16-cca9", lan, CaseFixtures.details("hoan-kiem", RiskLevel.LOW,
                Set.of()), "f", NOW);
        gbvCase.decide(hoa, VerificationDecision.REJECTED, "duplicate", NOW);

        gbvCase.referred(NOW.plusSeconds(1));

        assertThat(gbvCase.status()).isEqualTo(CaseStatus.REJECTED);
    }
}

package vn.hanoi.gbv.intake.cases.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.hanoi.gbv.events.AgencyType;
import vn.hanoi.gbv.events.RiskLevel;
import vn.hanoi.gbv.events.intake.CaseRejected;
import vn.hanoi.gbv.events.intake.CaseVerified;
import vn.hanoi.gbv.platform.domain.Forbidden;

class VerificationPolicyUnitTest {

    private static final Instant NOW = Instant.parse("2026-11-20T08:00:00Z");
    private final Staff lan = new Staff("lan", Set.of(Staff.COUNSELLOR), "hoan-kiem");
    private final Staff hoa = new Staff("hoa", Set.of(Staff.WARD_VERIFIER), "hoan-kiem");

    private GbvCase registeredBy(Staff counsellor) {
        return GbvCase.register("case-1", counsellor, CaseFixtures.details("hoan-kiem", RiskLevel.HIGH, Set.of(AgencyType.POLICE)),
                "fingerprint", NOW);
    }

    @Test
    void aWardVerifierOfTheCasesWardWhoDidNotRegisterItVerifiesIt() {
        GbvCase gbvCase = registeredBy(lan);

        gbvCase.decide(hoa, VerificationDecision.VERIFIED, "checked with the ward", NOW);

        assertThat(gbvCase.status()).isEqualTo(CaseStatus.VERIFIED);
        assertThat(gbvCase.pendingEvents()).last().isInstanceOf(CaseVerified.class);
        CaseVerified verified = (CaseVerified) gbvCase.pendingEvents().get(1);
        assertThat(verified.consentedAgencyTypes()).containsExactly(AgencyType.POLICE);
    }

    @Test
    void aRejectionRecordsTheDecisionWithoutTheNote() {
        GbvCase gbvCase = registeredBy(lan);

        gbvCase.decide(hoa, VerificationDecision.REJECTED, "duplicate of another case", NOW);

        assertThat(gbvCase.status()).isEqualTo(CaseStatus.REJECTED);
        assertThat(gbvCase.pendingEvents()).last().isEqualTo(new CaseRejected(gbvCase.id(), "hoan-kiem"));
    }

    @Test
    void theRegistrarCannotVerifyTheirOwnCaseEvenAsAVerifier() {
        Staff both = new Staff("lan", Set.of(Staff.COUNSELLOR, Staff.WARD_VERIFIER), "hoan-kiem");
        GbvCase gbvCase = registeredBy(both);

        assertThatThrownBy(() -> gbvCase.decide(both, VerificationDecision.VERIFIED, null, NOW))
                .isInstanceOf(Forbidden.class).hasMessage("problem.verification.four-eyes");
        assertThat(gbvCase.status()).isEqualTo(CaseStatus.REGISTERED);
    }

    @Test
    void aVerifierOfAnotherWardDoesNotSeeTheCase() {
        Staff otherWard = new Staff("tuan", Set.of(Staff.WARD_VERIFIER), "suoi-hai");

        assertThatThrownBy(() -> registeredBy(lan).decide(otherWard, VerificationDecision.VERIFIED, null, NOW))
                .isInstanceOf(CaseNotFound.class);
    }

    @Test
    void aCounsellorIsNotAVerifier() {
        Staff colleague = new Staff("mai", Set.of(Staff.COUNSELLOR), "hoan-kiem");

        assertThatThrownBy(() -> registeredBy(lan).decide(colleague, VerificationDecision.VERIFIED, null, NOW))
                .isInstanceOf(Forbidden.class).hasMessage("problem.verification.role");
    }

    @Test
    void aCaseIsDecidedOnce() {
        GbvCase gbvCase = registeredBy(lan);
        gbvCase.decide(hoa, VerificationDecision.VERIFIED, null, NOW);

        assertThatThrownBy(() -> gbvCase.decide(hoa, VerificationDecision.REJECTED, null, NOW))
                .isInstanceOf(CaseAlreadyDecided.class);
    }
}

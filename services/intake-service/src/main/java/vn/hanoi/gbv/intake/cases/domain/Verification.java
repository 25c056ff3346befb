package vn.hanoi.gbv.intake.cases.domain;

import java.time.Instant;

/** Who decided on the case, what, and when. The note may name people: it stays in intake, encrypted. */
public record Verification(VerificationDecision decision, String verifiedBy, Instant decidedAt, String note) {

    @Override
    public String toString() {
        return "Verification[" + decision + " by " + verifiedBy + " at " + decidedAt + "]";
    }
}

package vn.hanoi.gbv.intake.cases.adapters.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.hanoi.gbv.intake.cases.domain.VerificationDecision;

/** The body of {@code POST /api/cases/{id}/verification}. A rejection needs its reason. */
record VerificationRequest(@NotNull VerificationDecision decision, @Size(max = 2000) String note) {

    @Override
    public String toString() {
        return "VerificationRequest[" + decision + "]";
    }
}

package vn.hanoi.gbv.intake.cases.domain;

import vn.hanoi.gbv.platform.domain.Forbidden;

/**
 * Four eyes at ward level: a case is verified by a ward verifier of the case's own ward who is not the person
 * who registered it. The one place this rule lives.
 */
public final class VerificationPolicy {

    public static void check(GbvCase gbvCase, Staff verifier) {
        if (!verifier.is(Staff.WARD_VERIFIER)) {
            throw new Forbidden("problem.verification.role");
        }
        if (!gbvCase.ward().equals(verifier.ward())) {
            // Another ward's case is not visible at all, so say "not found" rather than "forbidden".
            throw new CaseNotFound();
        }
        if (gbvCase.registeredBy().equals(verifier.id())) {
            throw new Forbidden("problem.verification.four-eyes");
        }
    }

    private VerificationPolicy() {
    }
}

package vn.hanoi.gbv.intake.cases.domain;

/** A ward verifier's decision on a registered case. */
public enum VerificationDecision {
    VERIFIED, REJECTED
}

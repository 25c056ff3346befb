package vn.hanoi.gbv.intake.cases.domain;

/** Where a case stands. Only a verified case is referred. */
public enum CaseStatus {
    REGISTERED, VERIFIED, REJECTED
}

package vn.hanoi.gbv.intake.cases.domain;

/** Who gave consent: the survivor herself, or her guardian when she is a child. */
public enum ConsentGiver {
    SURVIVOR, GUARDIAN
}

package vn.hanoi.gbv.intake.cases.domain;

/** The survivor's sex as GBVIMS records it. */
public enum Sex {
    FEMALE, MALE, OTHER
}

package vn.hanoi.gbv.intake.cases.domain;

/** How the (main) perpetrator relates to the survivor. */
public enum PerpetratorRelationship {
    INTIMATE_PARTNER, FORMER_PARTNER, FAMILY_MEMBER, ACQUAINTANCE, EMPLOYER_OR_SUPERVISOR, TEACHER, STRANGER, OTHER,
    UNKNOWN
}

package vn.hanoi.gbv.intake.cases.domain;

/** GBVIMS case contexts: recorded beside the incident type, never instead of it. */
public enum CaseContext {
    INTIMATE_PARTNER, OTHER_FAMILY, CHILD_SEXUAL_ABUSE, EARLY_MARRIAGE, TRAFFICKING, SEXUAL_EXPLOITATION,
    WORKPLACE_HARASSMENT, TECHNOLOGY_FACILITATED, HARMFUL_PRACTICE
}

package vn.hanoi.gbv.events.intake;

import java.util.Set;

/**
 * What statistics may know of a case: GBVIMS categories only, never anything that points at one person.
 * Statistics count a case only while {@code nonIdentifiableReporting} is true (the survivor's consent).
 *
 * @param ageBand        AGE_0_11, AGE_12_17, AGE_18_25, AGE_26_40, AGE_41_60, AGE_61_PLUS
 * @param sex            FEMALE, MALE, OTHER
 * @param contexts       GBVIMS case contexts (INTIMATE_PARTNER, CHILD_SEXUAL_ABUSE ...)
 * @param reportSource   how the case reached the counsellor (HOTLINE_111 ...), or null if not recorded
 * @param reportingDelay GBVIMS reporting-delay bucket (DAYS_0_3 ... OVER_1_MONTH)
 */
public record CaseProfile(
        String ageBand,
        String sex,
        Set<String> contexts,
        String reportSource,
        String reportingDelay,
        boolean nonIdentifiableReporting) {
}

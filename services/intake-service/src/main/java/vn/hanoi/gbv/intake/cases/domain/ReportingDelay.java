package vn.hanoi.gbv.intake.cases.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The GBVIMS reporting-delay buckets: days from the incident to its report. Long delays are themselves a
 * finding (survivors wait when they fear the service or the perpetrator).
 */
public enum ReportingDelay {
    DAYS_0_3, DAYS_4_5, DAYS_6_14, WEEKS_2_TO_MONTH_1, OVER_1_MONTH;

    public static ReportingDelay between(LocalDate incident, LocalDate reported) {
        long days = ChronoUnit.DAYS.between(incident, reported);
        if (days <= 3) {
            return DAYS_0_3;
        }
        if (days <= 5) {
            return DAYS_4_5;
        }
        if (days <= 14) {
            return DAYS_6_14;
        }
        // "Two weeks to one month": up to the same day of the next month.
        if (!reported.isAfter(incident.plusMonths(1))) {
            return WEEKS_2_TO_MONTH_1;
        }
        return OVER_1_MONTH;
    }
}

package vn.hanoi.gbv.audit.statistics.domain;

import java.time.YearMonth;
import vn.hanoi.gbv.platform.domain.InvalidInput;

/**
 * The months a report covers, both included: one for a monthly report, three for a quarter, twelve for a year.
 * At most five years: longer is not a report anybody files, and it bounds the counters one request reads.
 */
public record ReportPeriod(YearMonth from, YearMonth to) {

    static final int MAX_MONTHS = 60;

    public static ReportPeriod of(YearMonth from, YearMonth to) {
        if (from == null || to == null) {
            throw new InvalidInput(from == null ? "from" : "to", "problem.period.missing");
        }
        if (from.isAfter(to)) {
            throw new InvalidInput("from", "problem.period.inverted");
        }
        if (from.plusMonths(MAX_MONTHS).isBefore(to.plusMonths(1))) {
            throw new InvalidInput("to", "problem.period.too-long", MAX_MONTHS / 12);
        }
        return new ReportPeriod(from, to);
    }
}

package vn.hanoi.gbv.audit.statistics.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts of consenting cases over a period, by dimension and value. A count from 1 to 4 is suppressed (shown
 * as no number, marked so): in one ward and month, so few cases could point at a person. Zero is shown, since
 * it reveals nobody. No case id is ever part of a report: counters hold none.
 *
 * @param ward the ward reported on, or null city-wide
 */
public record StatisticsReport(ReportPeriod period, String ward, List<Row> rows) {

    public static final int SUPPRESS_BELOW = 5;

    /** @param count null when suppressed */
    public record Row(String dimension, String value, Long count, boolean suppressed) {
    }

    /** From summed counters: "dimension|value" to count. */
    public static StatisticsReport of(ReportPeriod period, String ward, Map<String, Long> sums) {
        List<Row> rows = new ArrayList<>();
        for (var sum : new TreeMap<>(sums).entrySet()) {
            String[] parts = sum.getKey().split("\\|", 2);
            long count = sum.getValue();
            if (count < 0) {
                count = 0; // never below zero, even if a withdrawal was counted before its case
            }
            boolean suppressed = count > 0 && count < SUPPRESS_BELOW;
            rows.add(new Row(parts[0], parts[1], suppressed ? null : count, suppressed));
        }
        return new StatisticsReport(period, ward, rows);
    }
}

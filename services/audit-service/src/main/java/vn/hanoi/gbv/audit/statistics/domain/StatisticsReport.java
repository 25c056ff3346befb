package vn.hanoi.gbv.audit.statistics.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts of consenting cases over a period, by dimension and value, and the median times of its cases. A count
 * from 1 to 4 is suppressed (shown as no number, marked so): in one ward and month, so few cases could point at
 * a person. Zero is shown, since it reveals nobody. A median of fewer than 5 cases is suppressed likewise. No
 * case id is ever part of a report: counters hold none.
 *
 * @param ward    the ward reported on, or null city-wide
 * @param medians registration → verification and registration → first accepted referral, of the cases
 *                registered in the period (a measure no case has reached yet is left out)
 */
public record StatisticsReport(ReportPeriod period, String ward, List<Row> rows, List<MedianRow> medians) {

    public static final int SUPPRESS_BELOW = 5;
    /** The measures given as medians, in this order; their histogram counters are not rows. */
    public static final List<String> MEDIAN_MEASURES = List.of(CaseTally.TO_VERIFICATION, CaseTally.TO_ACCEPTANCE);

    /** @param count null when suppressed */
    public record Row(String dimension, String value, Long count, boolean suppressed) {
    }

    /**
     * A median time, in minutes (see {@link DurationBuckets} for its precision): at least {@code fromMinutes},
     * less than {@code toMinutes} (null: open bucket, more than 30 days), about {@code estimateMinutes}. When
     * suppressed, every number is null.
     */
    public record MedianRow(String measure, Long cases, Long fromMinutes, Long toMinutes, Long estimateMinutes,
            boolean suppressed) {
    }

    /** From summed counters: "dimension|value" to count. */
    public static StatisticsReport of(ReportPeriod period, String ward, Map<String, Long> sums) {
        List<Row> rows = new ArrayList<>();
        Map<String, Map<String, Long>> histograms = new HashMap<>();
        for (var sum : new TreeMap<>(sums).entrySet()) {
            String[] parts = sum.getKey().split("\\|", 2);
            if (MEDIAN_MEASURES.contains(parts[0])) {
                histograms.computeIfAbsent(parts[0], m -> new HashMap<>()).put(parts[1], sum.getValue());
                continue;
            }
            long count = sum.getValue();
            if (count < 0) {
                count = 0; // never below zero, even if a withdrawal was counted before its case
            }
            boolean suppressed = count > 0 && count < SUPPRESS_BELOW;
            rows.add(new Row(parts[0], parts[1], suppressed ? null : count, suppressed));
        }
        List<MedianRow> medians = new ArrayList<>();
        for (String measure : MEDIAN_MEASURES) {
            DurationBuckets.Median m = DurationBuckets.median(measure, histograms.getOrDefault(measure, Map.of()));
            if (m == null) {
                continue;
            }
            medians.add(m.cases() < SUPPRESS_BELOW ? new MedianRow(measure, null, null, null, null, true)
                    : new MedianRow(measure, m.cases(), m.fromMinutes(), m.toMinutes(), m.estimateMinutes(), false));
        }
        return new StatisticsReport(period, ward, rows, medians);
    }
}

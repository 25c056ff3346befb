package vn.hanoi.gbv.audit.statistics.adapters.web;

import java.util.ArrayList;
import java.util.List;
import vn.hanoi.gbv.audit.statistics.domain.StatisticsReport;

/**
 * A report as the lines of an exported file (CSV or XLSX), in Vietnamese: the period, the place, the dimension,
 * the value in words, the count (null when suppressed or not a count), a note, and the value's code so a line can
 * still be matched by a program.
 */
record StatisticsTable(List<String> headers, List<Line> lines) {

    static final List<String> HEADERS = List.of("Kỳ báo cáo", "Xã/phường", "Chỉ tiêu", "Giá trị", "Số vụ việc",
            "Ghi chú", "Mã");
    static final String SUPPRESSED = "Dưới 5 – không công bố";

    record Line(String period, String place, String dimension, String value, Long count, String note, String code) {
    }

    static StatisticsTable of(StatisticsReport report) {
        String period = report.period().from() + " – " + report.period().to();
        String place = report.ward() == null ? "Toàn thành phố" : report.ward();
        List<Line> lines = new ArrayList<>();
        for (StatisticsReport.Row row : report.rows()) {
            lines.add(new Line(period, place, StatisticsLabels.dimension(row.dimension()),
                    StatisticsLabels.value(row.dimension(), row.value()), row.suppressed() ? null : row.count(),
                    row.suppressed() ? SUPPRESSED : "", row.value()));
        }
        for (StatisticsReport.MedianRow median : report.medians()) {
            String dimension = StatisticsLabels.dimension(median.measure());
            lines.add(median.suppressed()
                    ? new Line(period, place, dimension, "", null, SUPPRESSED, median.measure())
                    : new Line(period, place, dimension, "khoảng " + StatisticsLabels.duration(median.estimateMinutes()),
                            median.cases(), "trung vị " + StatisticsLabels.medianRange(median.fromMinutes(),
                            median.toMinutes()) + " (ước tính trong khoảng)", median.measure()));
        }
        return new StatisticsTable(HEADERS, lines);
    }
}

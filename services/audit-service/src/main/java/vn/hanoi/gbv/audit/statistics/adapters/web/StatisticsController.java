package vn.hanoi.gbv.audit.statistics.adapters.web;

import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.hanoi.gbv.audit.statistics.application.StatisticsReporting;
import vn.hanoi.gbv.audit.statistics.domain.ReportPeriod;
import vn.hanoi.gbv.audit.statistics.domain.StatisticsReport;
import vn.hanoi.gbv.platform.domain.Forbidden;
import vn.hanoi.gbv.platform.security.CurrentUser;
import vn.hanoi.gbv.platform.security.Roles;

/**
 * GBVIMS-style statistics for monthly ({@code from=to}), quarterly and yearly reports, as JSON, or as CSV or XLSX
 * with Vietnamese headers and values. Supervisors read the city or, with a ward claim, their ward; a committee
 * officer reads her ward's only.
 */
@RestController
class StatisticsController {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final StatisticsReporting reporting;

    StatisticsController(StatisticsReporting reporting) {
        this.reporting = reporting;
    }

    @GetMapping(path = "/api/audit/statistics", produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAnyRole('SUPERVISOR', 'COMMITTEE_OFFICER')")
    StatisticsReport report(@RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth from,
            @RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth to,
            @RequestParam(required = false) String ward, CurrentUser user) {
        return reporting.report(ReportPeriod.of(from, to), wardFor(user, ward));
    }

    @GetMapping(path = "/api/audit/statistics.csv", produces = "text/csv")
    @PreAuthorize("hasAnyRole('SUPERVISOR', 'COMMITTEE_OFFICER')")
    ResponseEntity<byte[]> csv(@RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth from,
            @RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth to,
            @RequestParam(required = false) String ward, CurrentUser user) {
        StatisticsReport report = reporting.report(ReportPeriod.of(from, to), wardFor(user, ward));
        StatisticsTable table = StatisticsTable.of(report);
        StringBuilder csv = new StringBuilder("\uFEFF"); // so that spreadsheet programs read UTF-8
        csv.append(String.join(",", table.headers())).append("\r\n");
        for (StatisticsTable.Line line : table.lines()) {
            csv.append(cell(line.period())).append(',').append(cell(line.place())).append(',')
                    .append(cell(line.dimension())).append(',').append(cell(line.value())).append(',')
                    .append(line.count() == null ? "" : String.valueOf(line.count())).append(',')
                    .append(line.note().isEmpty() ? "" : cell(line.note())).append(',')
                    .append(cell(line.code())).append("\r\n");
        }
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + fileName(report) + ".csv\"")
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .body(csv.toString().getBytes(StandardCharsets.UTF_8));
    }

    @GetMapping(path = "/api/audit/statistics.xlsx", produces = XLSX)
    @PreAuthorize("hasAnyRole('SUPERVISOR', 'COMMITTEE_OFFICER')")
    ResponseEntity<byte[]> xlsx(@RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth from,
            @RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth to,
            @RequestParam(required = false) String ward, CurrentUser user) {
        StatisticsReport report = reporting.report(ReportPeriod.of(from, to), wardFor(user, ward));
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + fileName(report) + ".xlsx\"")
                .contentType(MediaType.parseMediaType(XLSX))
                .body(StatisticsWorkbook.of(StatisticsTable.of(report)));
    }

    private static String fileName(StatisticsReport report) {
        return "thong-ke-gbv-" + report.period().from() + "-" + report.period().to()
                + (report.ward() == null ? "" : "-" + report.ward().replaceAll("[^A-Za-z0-9-]", "_"));
    }

    /**
     * The ward a caller may read: a committee officer her own; a supervisor with a ward claim that ward; a
     * city-wide supervisor the ward asked for, or the city.
     */
    static String wardFor(CurrentUser user, String asked) {
        String requested = asked == null || asked.isBlank() ? null : asked;
        String own = user.ward();
        if (!user.hasRole(Roles.SUPERVISOR) || own != null) {
            if (own == null || requested != null && !requested.equals(own)) {
                throw new Forbidden("problem.statistics.other-ward");
            }
            return own;
        }
        return requested;
    }

    private static String cell(String text) {
        // Quoted always, and a leading formula character defused, so a value can never run as a formula.
        String safe = text != null && !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
        return "\"" + (safe == null ? "" : safe.replace("\"", "\"\"")) + "\"";
    }
}

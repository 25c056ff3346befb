package vn.hanoi.gbv.audit.statistics.adapters.web;

import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.Map;
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
 * GBVIMS-style statistics for monthly ({@code from=to}), quarterly and yearly reports, as JSON or as CSV with
 * Vietnamese headers. Supervisors read the city or, with a ward claim, their ward; a committee officer reads
 * her ward's only.
 */
@RestController
class StatisticsController {

    /** Vietnamese names of the dimensions, for the exported file. */
    static final Map<String, String> DIMENSIONS_VI = Map.of(
            "cases", "Tổng số vụ việc",
            "ward", "Xã/phường",
            "incidentType", "Loại hình bạo lực",
            "context", "Bối cảnh vụ việc",
            "sex", "Giới tính",
            "ageBand", "Nhóm tuổi",
            "reportSource", "Nguồn tiếp nhận",
            "reportingDelay", "Thời gian từ khi xảy ra đến khi trình báo",
            "referral", "Chuyển gửi (loại cơ quan: kết quả)");

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
        StringBuilder csv = new StringBuilder("\uFEFF"); // so that spreadsheet programs read UTF-8
        csv.append("Kỳ báo cáo,Xã/phường,Chỉ tiêu,Giá trị,Số vụ việc,Ghi chú\r\n");
        String period = report.period().from() + " – " + report.period().to();
        String place = report.ward() == null ? "Toàn thành phố" : report.ward();
        for (StatisticsReport.Row row : report.rows()) {
            csv.append(cell(period)).append(',').append(cell(place)).append(',')
                    .append(cell(DIMENSIONS_VI.getOrDefault(row.dimension(), row.dimension()))).append(',')
                    .append(cell(row.value())).append(',')
                    .append(row.suppressed() ? "" : String.valueOf(row.count())).append(',')
                    .append(row.suppressed() ? cell("Dưới 5 – không công bố") : "").append("\r\n");
        }
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"thong-ke-gbv-" + report.period().from()
                        + "-" + report.period().to() + ".csv\"")
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .body(csv.toString().getBytes(StandardCharsets.UTF_8));
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

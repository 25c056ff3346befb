package vn.hanoi.gbv.audit.statistics.adapters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;
import vn.hanoi.gbv.audit.AuditIntegrationTest;
import vn.hanoi.gbv.events.Actor;
import vn.hanoi.gbv.events.AgencyType;
import vn.hanoi.gbv.events.CaseEvent;
import vn.hanoi.gbv.events.IncidentType;
import vn.hanoi.gbv.events.Need;
import vn.hanoi.gbv.events.RiskLevel;
import vn.hanoi.gbv.events.followup.CaseClosed;
import vn.hanoi.gbv.events.followup.ClosureCause;
import vn.hanoi.gbv.events.followup.FollowUpOverdue;
import vn.hanoi.gbv.events.intake.CaseProfile;
import vn.hanoi.gbv.events.intake.CaseRegistered;
import vn.hanoi.gbv.events.intake.CaseVerified;
import vn.hanoi.gbv.events.referral.ReferralAccepted;
import vn.hanoi.gbv.events.referral.ReferralCreated;
import vn.hanoi.gbv.events.referral.ReferralEscalated;
import vn.hanoi.gbv.platform.messaging.OutboxMessage;

/**
 * The report cells beyond plain counts, from events of all three services: median times, acknowledgement-SLA
 * breaches by agency type, overdue follow-ups and closures by cause; and the XLSX export.
 */
class ReportCellsIntegrationTest extends AuditIntegrationTest {

    static final String SUPERVISOR = token("supervisor", null, "SUPERVISOR");
    static final Actor LAN = new Actor("lan", "COUNSELLOR", null, null);
    static final CaseProfile CONSENTING = new CaseProfile("AGE_26_40", "FEMALE", Set.of("INTIMATE_PARTNER"),
            "HOTLINE_111", "DAYS_0_3", true);

    @Autowired
    MockMvc mvc;

    private final String month = YearMonth.now(ZoneId.of("Asia/Ho_Chi_Minh")).toString();

    private OutboxMessage from(String producer, CaseEvent event) {
        return envelopesOf(producer).toOutbox(event, LAN);
    }

    private String report(String ward) throws Exception {
        return mvc.perform(get("/api/audit/statistics?from=" + month + "&to=" + month + "&ward=" + ward)
                .header(HttpHeaders.AUTHORIZATION, SUPERVISOR)).andReturn().getResponse().getContentAsString();
    }

    @Test
    void mediansBreachesOverdueFollowUpsAndClosuresAreReportedAndExportedAsXlsx() throws Exception {
        String ward = "w-" + UUID.randomUUID().toString().substring(0, 8);
        List<String> cases = new ArrayList<>();
        List<OutboxMessage> messages = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            String caseId = UUID.randomUUID().toString();
            String referralId = UUID.randomUUID().toString();
            cases.add(caseId);
            // The referral's events first: the topics are read independently, the counters must not care.
            messages.add(from("referral-service", new ReferralCreated(caseId, referralId, "police-x", AgencyType.POLICE,
                    ward, Need.POLICE, RiskLevel.HIGH)));
            messages.add(from("referral-service", new ReferralEscalated(caseId, referralId, "police-x",
                    AgencyType.POLICE, ward, RiskLevel.HIGH, Instant.now())));
            messages.add(from("referral-service", new ReferralAccepted(caseId, referralId, "police-x",
                    AgencyType.POLICE, ward, RiskLevel.HIGH)));
            messages.add(from("intake-service", new CaseRegistered(caseId, "GBV-x", ward, IncidentType.RAPE,
                    RiskLevel.HIGH, Set.of(Need.POLICE), Set.of(AgencyType.POLICE), CONSENTING)));
            messages.add(from("intake-service", new CaseVerified(caseId, "GBV-x", ward, IncidentType.RAPE,
                    RiskLevel.HIGH, Set.of(Need.POLICE), Set.of(AgencyType.POLICE), CONSENTING)));
            messages.add(from("followup-service", new CaseClosed(caseId, ward, ClosureCause.SERVICES_COMPLETED, "lan")));
        }
        // One breach by a health agency and two overdue follow-ups: too few to publish.
        messages.add(from("referral-service", new ReferralEscalated(cases.get(0), "r-h", "health-x", AgencyType.HEALTH,
                ward, RiskLevel.HIGH, Instant.now())));
        messages.add(from("followup-service", new FollowUpOverdue(cases.get(1), "f-1", "FIRST_SAFETY_CHECK", ward,
                RiskLevel.HIGH, Instant.now())));
        messages.add(from("followup-service", new FollowUpOverdue(cases.get(2), "f-2", "FIRST_SAFETY_CHECK", ward,
                RiskLevel.HIGH, Instant.now())));
        for (OutboxMessage m : messages) {
            publish(m.topic(), m.key(), m.payload());
        }

        String body = await().atMost(Duration.ofSeconds(30)).until(() -> report(ward), b -> {
            List<Integer> closures = JsonPath.read(b, "$.rows[?(@.dimension == 'closure')].count");
            List<Object> medians = JsonPath.read(b, "$.medians[?(@.cases == 5)]");
            // The small cells too: the topics are read independently, so wait until every event has counted.
            List<Object> healthBreaches = JsonPath.read(b, "$.rows[?(@.dimension == 'slaBreach' && @.value == 'HEALTH')]");
            List<Object> overdue = JsonPath.read(b, "$.rows[?(@.dimension == 'followUpOverdue')]");
            return closures.equals(List.of(5)) && medians.size() == 2 && healthBreaches.size() == 1
                    && overdue.size() == 1;
        });

        assertThat(JsonPath.<List<Integer>>read(body, "$.rows[?(@.dimension == 'slaBreach' && @.value == 'POLICE')]"
                + ".count")).containsExactly(5);
        assertThat(JsonPath.<List<Boolean>>read(body, "$.rows[?(@.dimension == 'slaBreach' && @.value == 'HEALTH')]"
                + ".suppressed")).containsExactly(true);
        assertThat(JsonPath.<List<Boolean>>read(body, "$.rows[?(@.dimension == 'followUpOverdue')].suppressed"))
                .containsExactly(true);
        // All within minutes of registration here: the first bucket, [0, 15) minutes.
        assertThat(JsonPath.<List<Map<String, Object>>>read(body, "$.medians")).extracting(m -> m.get("measure"),
                m -> m.get("fromMinutes"), m -> m.get("toMinutes")).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("registrationToVerification", 0, 15),
                        org.assertj.core.groups.Tuple.tuple("registrationToFirstAcceptance", 0, 15));
        assertThat(body).doesNotContain(cases.get(0), "registrationToVerification\",\"value");

        byte[] xlsx = mvc.perform(get("/api/audit/statistics.xlsx?from=" + month + "&to=" + month + "&ward=" + ward)
                        .header(HttpHeaders.AUTHORIZATION, SUPERVISOR))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.CONTENT_TYPE,
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheet("Thống kê");
            List<String> headers = new ArrayList<>();
            sheet.getRow(0).forEach(cell -> headers.add(cell.getStringCellValue()));
            assertThat(headers).containsExactly("Kỳ báo cáo", "Xã/phường", "Chỉ tiêu", "Giá trị", "Số vụ việc",
                    "Ghi chú", "Mã");

            Row healthBreach = rowWith(sheet, "Cơ quan quá hạn xác nhận chuyển gửi (theo loại cơ quan)", "Y tế");
            assertThat(healthBreach.getCell(4).getStringCellValue()).isEmpty(); // blank, not a number
            assertThat(healthBreach.getCell(5).getStringCellValue()).isEqualTo("Dưới 5 – không công bố");
            assertThat(rowWith(sheet, "Đóng vụ việc (theo lý do)", "Đã hoàn tất các dịch vụ").getCell(4)
                    .getNumericCellValue()).isEqualTo(5.0);
            assertThat(rowWith(sheet, "Loại hình bạo lực", "Hiếp dâm").getCell(4).getNumericCellValue()).isEqualTo(5.0);
            assertThat(rowWith(sheet, "Thời gian trung vị: tiếp nhận → xác minh", "khoảng 8 phút").getCell(5)
                    .getStringCellValue()).startsWith("trung vị từ 0 phút đến dưới 15 phút");
        }
    }

    private static Row rowWith(Sheet sheet, String dimension, String value) {
        for (Row row : sheet) {
            if (row.getRowNum() > 0 && row.getCell(2).getStringCellValue().equals(dimension)
                    && row.getCell(3).getStringCellValue().equals(value)) {
                return row;
            }
        }
        throw new AssertionError("no row " + dimension + " / " + value);
    }
}

package vn.hanoi.gbv.audit.statistics.adapters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import vn.hanoi.gbv.audit.AuditIntegrationTest;
import vn.hanoi.gbv.events.Actor;
import vn.hanoi.gbv.events.AgencyType;
import vn.hanoi.gbv.events.IncidentType;
import vn.hanoi.gbv.events.Need;
import vn.hanoi.gbv.events.RiskLevel;
import vn.hanoi.gbv.events.Topics;
import vn.hanoi.gbv.events.intake.CaseProfile;
import vn.hanoi.gbv.events.intake.CaseRegistered;
import vn.hanoi.gbv.events.intake.ConsentChanged;
import vn.hanoi.gbv.platform.messaging.OutboxMessage;

/**
 * Counters kept as events arrive: only consenting cases, small cells suppressed, no case id anywhere, and the
 * ward's committee officer sees her ward only. Each test uses a ward of its own, as the counters are shared.
 */
class StatisticsIntegrationTest extends AuditIntegrationTest {

    static final String SUPERVISOR = token("supervisor", null, "SUPERVISOR");
    static final Actor LAN = new Actor("lan", "COUNSELLOR", null, null);

    @Autowired
    MockMvc mvc;

    /** The month the events of these tests occur in, in Hanoi. */
    private final String month = YearMonth.now(ZoneId.of("Asia/Ho_Chi_Minh")).toString();

    private OutboxMessage registered(String caseId, String ward, String sex, boolean consent) {
        return envelopesOf("intake-service").toOutbox(new CaseRegistered(caseId, "GBV-x", ward,
                IncidentType.PHYSICAL_ASSAULT, RiskLevel.HIGH, Set.of(Need.POLICE), Set.of(AgencyType.POLICE),
                new CaseProfile("AGE_26_40", sex, Set.of("INTIMATE_PARTNER"), "HOTLINE_111", "DAYS_0_3", consent)), LAN);
    }

    private void send(List<OutboxMessage> messages) throws Exception {
        for (OutboxMessage m : messages) {
            publish(m.topic(), m.key(), m.payload());
        }
    }

    private ResultActions report(String token, String query) throws Exception {
        return mvc.perform(get("/api/audit/statistics?" + query).header(HttpHeaders.AUTHORIZATION, token));
    }

    private Integer count(String body, String dimension, String value) {
        List<Integer> counts = JsonPath.read(body, "$.rows[?(@.dimension == '" + dimension + "' && @.value == '"
                + value + "')].count");
        return counts.isEmpty() ? null : counts.get(0);
    }

    private String awaitCases(String ward, int cases) {
        return awaitReport(ward, body -> Integer.valueOf(cases).equals(count(body, "cases", "ALL")));
    }

    /**
     * One event moves several counters one after another (cases, then sex, age band ...): wait for the report to
     * show all that the test looks at, not just the first of them.
     */
    private String awaitReport(String ward, java.util.function.Predicate<String> complete) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> report(SUPERVISOR,
                        "from=" + month + "&to=" + month + "&ward=" + ward).andReturn().getResponse().getContentAsString(),
                complete);
    }

    @Test
    void onlyConsentingCasesAreCountedAndSmallCellsAreSuppressed() throws Exception {
        String ward = "w-" + UUID.randomUUID().toString().substring(0, 8);
        List<String> ids = List.of(UUID.randomUUID().toString(), UUID.randomUUID().toString(),
                UUID.randomUUID().toString(), UUID.randomUUID().toString(), UUID.randomUUID().toString(),
                UUID.randomUUID().toString(), UUID.randomUUID().toString());
        // Six consenting (five women, one man) and one who did not consent.
        send(List.of(registered(ids.get(0), ward, "FEMALE", true), registered(ids.get(1), ward, "FEMALE", true),
                registered(ids.get(2), ward, "FEMALE", true), registered(ids.get(3), ward, "FEMALE", true),
                registered(ids.get(4), ward, "FEMALE", true), registered(ids.get(5), ward, "MALE", true),
                registered(ids.get(6), ward, "FEMALE", false)));

        String body = awaitReport(ward, report -> Integer.valueOf(6).equals(count(report, "cases", "ALL"))
                && Integer.valueOf(5).equals(count(report, "sex", "FEMALE"))
                && !JsonPath.<List<Object>>read(report, "$.rows[?(@.dimension == 'sex' && @.value == 'MALE')]").isEmpty());

        assertThat(count(body, "sex", "FEMALE")).isEqualTo(5);
        assertThat(JsonPath.<List<Boolean>>read(body, "$.rows[?(@.dimension == 'sex' && @.value == 'MALE')].suppressed"))
                .containsExactly(true);
        assertThat(count(body, "sex", "MALE")).isNull();
        assertThat(body).doesNotContain(ids.get(0), ids.get(6));

        // Delivered again, counted once.
        send(List.of(registered(ids.get(0), ward, "FEMALE", true)));
        awaitConsumed(Topics.INTAKE);
        assertThat(count(report(SUPERVISOR, "from=" + month + "&to=" + month + "&ward=" + ward).andReturn()
                .getResponse().getContentAsString(), "cases", "ALL")).isEqualTo(6);
    }

    @Test
    void aWithdrawnConsentTakesTheCaseOutOfTheCounters() throws Exception {
        String ward = "w-" + UUID.randomUUID().toString().substring(0, 8);
        List<OutboxMessage> six = new java.util.ArrayList<>();
        String withdrawing = UUID.randomUUID().toString();
        six.add(registered(withdrawing, ward, "FEMALE", true));
        for (int i = 0; i < 5; i++) {
            six.add(registered(UUID.randomUUID().toString(), ward, "FEMALE", true));
        }
        send(six);
        awaitCases(ward, 6);

        send(List.of(envelopesOf("intake-service").toOutbox(new ConsentChanged(withdrawing, ward, true, Set.of(),
                Set.of(), false, "SURVIVOR"), LAN)));

        assertThat(count(awaitReport(ward, report -> Integer.valueOf(5).equals(count(report, "cases", "ALL"))
                && Integer.valueOf(5).equals(count(report, "sex", "FEMALE"))), "sex", "FEMALE")).isEqualTo(5);
    }

    @Test
    void theCsvHasVietnameseHeadersAndMarksSuppressedCells() throws Exception {
        String ward = "w-" + UUID.randomUUID().toString().substring(0, 8);
        send(List.of(registered(UUID.randomUUID().toString(), ward, "FEMALE", true)));
        // A single case: every cell of it is suppressed. Wait until its incident type has been counted too.
        awaitReport(ward, report -> !JsonPath.<List<Object>>read(report,
                "$.rows[?(@.value == 'PHYSICAL_ASSAULT' && @.suppressed == true)]").isEmpty());

        byte[] csv = mvc.perform(get("/api/audit/statistics.csv?from=" + month + "&to=" + month + "&ward=" + ward)
                .header(HttpHeaders.AUTHORIZATION, SUPERVISOR)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsByteArray();
        String text = new String(csv, StandardCharsets.UTF_8);

        assertThat(text).startsWith("\uFEFFKỳ báo cáo,Xã/phường,Chỉ tiêu,Giá trị,Số vụ việc,Ghi chú,Mã\r\n")
                .contains("\"Tổng số vụ việc\",\"Tất cả\",,\"Dưới 5 – không công bố\",\"ALL\"")
                .contains("\"Loại hình bạo lực\",\"Bạo lực thể chất\",,\"Dưới 5 – không công bố\",\"PHYSICAL_ASSAULT\"");
    }

    @Test
    void aCommitteeOfficerReadsHerWardOnly() throws Exception {
        String officer = token("ubnd.hk", "hoan-kiem", "COMMITTEE_OFFICER");
        report(officer, "from=" + month + "&to=" + month).andExpect(status().isOk())
                .andExpect(jsonPath("$.ward").value("hoan-kiem"));
        report(officer, "from=" + month + "&to=" + month + "&ward=ba-vi").andExpect(status().isForbidden());
        report(token("sup.bv", "ba-vi", "SUPERVISOR"), "from=" + month + "&to=" + month)
                .andExpect(jsonPath("$.ward").value("ba-vi"));
        report(token("lan", "hoan-kiem", "COUNSELLOR"), "from=" + month + "&to=" + month)
                .andExpect(status().isForbidden());
    }

    @Test
    void anInvertedOrOverlongPeriodIsRefused() throws Exception {
        report(SUPERVISOR, "from=2026-03&to=2026-01").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("from"));
        report(SUPERVISOR, "from=2020-01&to=2025-01").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("to"));
        report(SUPERVISOR, "from=2026-13&to=2026-01").andExpect(status().isBadRequest());
    }
}

package vn.hanoi.gbv.audit.timeline.adapters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import vn.hanoi.gbv.audit.AuditIntegrationTest;
import vn.hanoi.gbv.events.Actor;
import vn.hanoi.gbv.events.AgencyType;
import vn.hanoi.gbv.events.intake.CaseAccessed;
import vn.hanoi.gbv.events.intake.CaseRejected;
import vn.hanoi.gbv.events.intake.SurvivorDataDisclosed;

/** Who looked at which case: by case, by person, by period, and only within the reader's scope. */
class AccessLogIntegrationTest extends AuditIntegrationTest {

    static final String SUPERVISOR = token("supervisor", null, "SUPERVISOR");
    static final String HOAN_KIEM_SUPERVISOR = token("sup.hk", "hoan-kiem", "SUPERVISOR");
    static final String BA_VI_SUPERVISOR = token("sup.bv", "ba-vi", "SUPERVISOR");

    @Autowired
    MockMvc mvc;

    private ResultActions access(String token, String query) throws Exception {
        return mvc.perform(get("/api/audit/access?" + query).header(HttpHeaders.AUTHORIZATION, token));
    }

    /** A hoan-kiem case read by a counsellor, disclosed to the police for an officer, and rejected. */
    private String caseWithAccesses(String reader, String officer) throws Exception {
        String caseId = UUID.randomUUID().toString();
        var intake = envelopesOf("intake-service");
        var messages = List.of(
                intake.toOutbox(new CaseAccessed(caseId, "hoan-kiem", "FULL"),
                        new Actor(reader, "COUNSELLOR", "hoan-kiem", null)),
                intake.toOutbox(new SurvivorDataDisclosed(caseId, "hoan-kiem", "police-hk", AgencyType.POLICE, officer,
                        List.of("fullName", "phones", "free text: she lives at 12 Hang Bac")),
                        Actor.service("referral-service")),
                intake.toOutbox(new CaseRejected(caseId, "hoan-kiem"), new Actor("hoa", "WARD_VERIFIER", "hoan-kiem",
                        null)));
        for (var message : messages) {
            publish(message.topic(), message.key(), message.payload());
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> mvc.perform(get("/api/audit/cases/" + caseId + "/timeline")
                .header(HttpHeaders.AUTHORIZATION, SUPERVISOR)).andReturn().getResponse().getContentAsString(),
                body -> body.contains("\"seq\":3"));
        return caseId;
    }

    @Test
    void aCasesAccessLogNamesWhoSawItInWhichRoleAndWhichPartButNoValue() throws Exception {
        String reader = "lan-" + UUID.randomUUID().toString().substring(0, 8);
        String caseId = caseWithAccesses(reader, "police.hk");

        String log = access(SUPERVISOR, "caseId=" + caseId).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();

        assertThat(JsonPath.<List<String>>read(log, "$.accesses[*].type"))
                .containsExactlyInAnyOrder("CaseAccessed", "SurvivorDataDisclosed");
        assertThat(JsonPath.<List<String>>read(log, "$.accesses[*].person")).containsExactlyInAnyOrder(reader, "police.hk");
        assertThat(log).contains("\"view\":\"FULL\"", "\"role\":\"COUNSELLOR\"", "\"agencyType\":\"POLICE\"",
                "\"fields\":[\"fullName\",\"phones\"]").doesNotContain("Hang Bac");
    }

    @Test
    void byPersonAndPeriod() throws Exception {
        String reader = "minh-" + UUID.randomUUID().toString().substring(0, 8);
        String caseId = caseWithAccesses(reader, "police.hk");

        access(SUPERVISOR, "person=" + reader).andExpect(status().isOk())
                .andExpect(jsonPath("$.accesses.length()").value(1))
                .andExpect(jsonPath("$.accesses[0].caseId").value(caseId));
        access(SUPERVISOR, "person=" + reader + "&from=2020-01-01&to=2020-12-31").andExpect(status().isOk())
                .andExpect(jsonPath("$.accesses.length()").value(0));
    }

    @Test
    void aWardSupervisorSeesOnlyAccessesToHerWardsCases() throws Exception {
        String reader = "lan-" + UUID.randomUUID().toString().substring(0, 8);
        String caseId = caseWithAccesses(reader, "police.hk");

        access(HOAN_KIEM_SUPERVISOR, "person=" + reader).andExpect(jsonPath("$.accesses.length()").value(1));
        access(BA_VI_SUPERVISOR, "person=" + reader).andExpect(jsonPath("$.accesses.length()").value(0));
        access(BA_VI_SUPERVISOR, "caseId=" + caseId).andExpect(status().isNotFound());
        // The same scope holds for the timeline and its verification.
        mvc.perform(get("/api/audit/cases/" + caseId + "/timeline").header(HttpHeaders.AUTHORIZATION, BA_VI_SUPERVISOR))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/audit/cases/" + caseId + "/verification")
                .header(HttpHeaders.AUTHORIZATION, BA_VI_SUPERVISOR)).andExpect(status().isNotFound());
        mvc.perform(get("/api/audit/cases/" + caseId + "/timeline")
                .header(HttpHeaders.AUTHORIZATION, HOAN_KIEM_SUPERVISOR)).andExpect(status().isOk());
    }

    @Test
    void onlySupervisorsReadTheAccessLog() throws Exception {
        access(token("lan", "hoan-kiem", "COUNSELLOR"), "person=lan").andExpect(status().isForbidden());
        access(token("ubnd.hk", "hoan-kiem", "COMMITTEE_OFFICER"), "person=lan").andExpect(status().isForbidden());
    }

    @Test
    void anInvertedOrOverlongPeriodIsRefused() throws Exception {
        access(SUPERVISOR, "from=2026-02-01&to=2026-01-01").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("from"));
        access(SUPERVISOR, "from=2020-01-01&to=2025-01-02").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("to"));
        access(SUPERVISOR, "from=yesterday").andExpect(status().isBadRequest());
    }
}

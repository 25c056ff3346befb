package vn.hanoi.gbv.followup.followups.adapters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;
import vn.hanoi.gbv.events.RiskLevel;
import vn.hanoi.gbv.followup.FollowupIntegrationTest;

/** A counsellor's due and overdue follow-ups of her ward; a supervisor's overdue list across her scope. */
class WorklistIntegrationTest extends FollowupIntegrationTest {

    private ResultActions worklist(String token, String... params) throws Exception {
        var request = get("/api/followups/worklist").header(HttpHeaders.AUTHORIZATION, token);
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        return mvc.perform(request);
    }

    private ResultActions overdue(String token, String... params) throws Exception {
        var request = get("/api/followups/overdue").header(HttpHeaders.AUTHORIZATION, token);
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        return mvc.perform(request);
    }

    @Test
    void aCounsellorSeesHerWardsDueAndOverdueFollowUpsEarliestFirstPageByPage() throws Exception {
        String ward = newWard();
        String urgent = verifiedCase(ward, RiskLevel.IMMEDIATE_DANGER);
        String high = verifiedCase(ward, RiskLevel.HIGH);
        String low = verifiedCase(ward, RiskLevel.LOW);
        verifiedCase(newWard(), RiskLevel.IMMEDIATE_DANGER);
        String lan = token("lan", ward, "COUNSELLOR");

        // Two days on, the immediate-danger check (24 h) is overdue; the others are still due.
        clock.advance(Duration.ofHours(48));

        JsonNode all = json(worklist(lan).andExpect(status().isOk()).andReturn());
        assertThat(all.get("total").asLong()).isEqualTo(3);
        assertThat(all.get("items").valueStream().map(f -> f.get("caseId").asString())).containsExactly(urgent, high, low);
        worklist(lan, "status", "OVERDUE").andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].caseId").value(urgent));
        worklist(lan, "status", "DUE").andExpect(jsonPath("$.total").value(2));
        worklist(lan, "status", "DUE", "dueBefore", clock.instant().plus(Duration.ofDays(2)).toString())
                .andExpect(jsonPath("$.total").value(1)).andExpect(jsonPath("$.items[0].caseId").value(high));
        worklist(lan, "page", "1", "size", "2").andExpect(jsonPath("$.items.length()").value(1))
                .andExpect(jsonPath("$.items[0].caseId").value(low)).andExpect(jsonPath("$.total").value(3));
    }

    @Test
    void aSupervisorSeesOverdueFollowUpsOfHerScope() throws Exception {
        String ward = newWard();
        String other = newWard();
        String mine = verifiedCase(ward, RiskLevel.IMMEDIATE_DANGER);
        String theirs = verifiedCase(other, RiskLevel.IMMEDIATE_DANGER);
        clock.advance(Duration.ofHours(25));

        overdue(token("sup.w", ward, "SUPERVISOR")).andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1)).andExpect(jsonPath("$.items[0].caseId").value(mine));
        overdue(token("sup.w", ward, "SUPERVISOR"), "ward", other).andExpect(jsonPath("$.total").value(0));
        overdue(token("sup.city", null, "SUPERVISOR"), "ward", other)
                .andExpect(jsonPath("$.items[0].caseId").value(theirs));
        JsonNode city = json(overdue(token("sup.city", null, "SUPERVISOR"), "size", "100").andReturn());
        assertThat(city.get("items").valueStream().map(f -> f.get("caseId").asString())).contains(mine, theirs);
    }

    @Test
    void wrongRolesAndBadPagingAreRefused() throws Exception {
        worklist(token("sup", null, "SUPERVISOR")).andExpect(status().isForbidden());
        overdue(token("lan", "hoan-kiem", "COUNSELLOR")).andExpect(status().isForbidden());
        worklist(token("lan", "hoan-kiem", "COUNSELLOR"), "size", "1000").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("size"));
        worklist(token("lan", "hoan-kiem", "COUNSELLOR"), "status", "LATE").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("status"));
    }
}

package vn.hanoi.gbv.intake.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;
import vn.hanoi.gbv.intake.IntakeIntegrationTest;
import vn.hanoi.gbv.intake.support.CaseBody;
import vn.hanoi.gbv.intake.support.TestData;

/**
 * A survivor who comes back (to another counsellor, or typed another way) is pointed out at registration, within
 * the ward, without showing who she is; the counsellor then links the cases she has checked.
 */
class PossibleDuplicatesIntegrationTest extends IntakeIntegrationTest {

    private final String ward = TestData.ward("hoan-kiem");
    private final String lan = counsellor("lan", ward);
    private final String thu = counsellor("thu", ward);

    @Test
    void theSamePhoneWrittenAnotherWayPointsToTheFirstCase() throws Exception {
        String digits = TestData.mobileDigits();
        CaseBody first = CaseBody.minimal(ward, TestData.name(), "0" + digits.substring(0, 3) + " "
                + digits.substring(3, 6) + " " + digits.substring(6), 1990);
        JsonNode firstCase = registered(lan, first);
        // Another name (she gave a nickname), another year, the same phone in international form.
        CaseBody second = CaseBody.minimal(ward, TestData.name(), "+84 " + digits, 1985);

        JsonNode answer = registered(thu, second);

        JsonNode duplicates = answer.path("possibleDuplicates");
        assertThat(duplicates.size()).isEqualTo(1);
        assertThat(duplicates.get(0).path("id").asString()).isEqualTo(firstCase.path("id").asString());
        assertThat(duplicates.get(0).path("caseCode").asString()).isEqualTo(firstCase.path("caseCode").asString());
        assertSummaryOnly(duplicates.get(0), first.fullName(), digits);
    }

    @Test
    void theSameNameWithoutDiacriticsAndTheSameBirthYearPointsToTheFirstCase() throws Exception {
        String name = TestData.name();
        JsonNode firstCase = registered(lan, CaseBody.minimal(ward, name, "0" + TestData.mobileDigits(), 1992));
        // Typed on a phone without Vietnamese input, in capitals and with a double space; another phone.
        String typed = TestData.withoutDiacritics(name).toUpperCase().replace(" ", "  ");

        JsonNode answer = registered(thu, CaseBody.minimal(ward, typed, "0" + TestData.mobileDigits(), 1992));

        JsonNode duplicates = answer.path("possibleDuplicates");
        assertThat(duplicates.size()).isEqualTo(1);
        assertThat(duplicates.get(0).path("id").asString()).isEqualTo(firstCase.path("id").asString());
        assertSummaryOnly(duplicates.get(0), name, null);
    }

    @Test
    void theSameNameBornAnotherYearIsSomeoneElse() throws Exception {
        String name = TestData.name();
        registered(lan, CaseBody.minimal(ward, name, "0" + TestData.mobileDigits(), 1992));

        JsonNode answer = registered(thu, CaseBody.minimal(ward, name, "0" + TestData.mobileDigits(), 1971));

        assertThat(answer.path("possibleDuplicates").size()).isZero();
    }

    @Test
    void aCaseWithTheSamePhoneInAnotherWardIsNotListed() throws Exception {
        String otherWard = TestData.ward("suoi-hai");
        String digits = TestData.mobileDigits();
        registered(counsellor("minh", otherWard), CaseBody.minimal(otherWard, TestData.name(), "0" + digits, 1990));

        JsonNode answer = registered(lan, CaseBody.minimal(ward, TestData.name(), "0" + digits, 1990));

        assertThat(answer.path("possibleDuplicates").size()).isZero();
    }

    @Test
    void theCounsellorLinksAPossibleDuplicateSheChecked() throws Exception {
        String digits = TestData.mobileDigits();
        String first = registered(lan, CaseBody.minimal(ward, TestData.name(), "0" + digits, 1990)).path("id")
                .asString();
        String second = registered(thu, CaseBody.minimal(ward, TestData.name(), "84" + digits, 1990)).path("id")
                .asString();

        link(thu, second, first)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.linkedCaseIds").value(org.hamcrest.Matchers.contains(first)));

        read(thu, second).andExpect(jsonPath("$.linkedCaseIds").value(org.hamcrest.Matchers.contains(first)));
        assertThat(events().await(second, "CaseLinked").payload().path("linkedCaseId").asString()).isEqualTo(first);
    }

    @Test
    void aCaseOfAnotherWardCannotBeLinked() throws Exception {
        String otherWard = TestData.ward("suoi-hai");
        String elsewhere = registered(counsellor("minh", otherWard), CaseBody.unique(otherWard)).path("id").asString();
        String mine = registered(lan, CaseBody.unique(ward)).path("id").asString();

        link(lan, mine, elsewhere)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("caseId"));
        link(lan, mine, mine)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("caseId"));

        read(lan, mine).andExpect(jsonPath("$.linkedCaseIds").isEmpty());
    }

    private ResultActions link(String token, String caseId, String otherCaseId) throws Exception {
        return mvc.perform(post("/api/cases/" + caseId + "/links").header(HttpHeaders.AUTHORIZATION, token)
                .contentType(MediaType.APPLICATION_JSON).content("{\"caseId\": \"" + otherCaseId + "\"}"));
    }

    /** A list entry names the case, never the survivor. */
    static void assertSummaryOnly(JsonNode summary, String name, String phoneDigits) {
        assertThat(summary.propertyNames()).containsExactlyInAnyOrder("id", "caseCode", "ward", "status",
                "incidentType", "riskLevel", "registeredAt", "registeredBy");
        assertThat(summary.toString()).doesNotContain(name, TestData.withoutDiacritics(name));
        if (phoneDigits != null) {
            assertThat(summary.toString()).doesNotContain(phoneDigits);
        }
    }
}

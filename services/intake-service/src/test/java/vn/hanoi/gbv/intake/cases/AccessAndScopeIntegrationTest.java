package vn.hanoi.gbv.intake.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;
import vn.hanoi.gbv.intake.IntakeIntegrationTest;
import vn.hanoi.gbv.intake.support.CaseBody;
import vn.hanoi.gbv.intake.support.IntakeEvents.Event;
import vn.hanoi.gbv.intake.support.TestData;

/**
 * Who sees which cases: a ward's staff their ward, a supervisor the wards of her scope; lists and searches never
 * show who a survivor is; and every time a person opens a case, or a search points at one, the case's timeline
 * records it.
 */
class AccessAndScopeIntegrationTest extends IntakeIntegrationTest {

    private final String wardA = TestData.ward("hoan-kiem");
    private final String wardB = TestData.ward("suoi-hai");
    private final String lan = counsellor("lan", wardA);
    private final String minh = counsellor("minh", wardB);
    private final String cityWide = supervisor("ha", null);

    // --- access log ---

    @Test
    void everyReadOfACaseRecordsWhoReadItInWhichRole() throws Exception {
        String id = registered(lan, CaseBody.unique(wardA)).path("id").asString();

        read(lan, id).andExpect(status().isOk());
        read(cityWide, id).andExpect(status().isOk());

        Event byLan = events().await(id, "CaseAccessed", e -> e.actor().path("id").asString().equals("lan"));
        assertThat(byLan.payload().path("view").asString()).isEqualTo("FULL");
        assertThat(byLan.actor().path("role").asString()).isEqualTo("COUNSELLOR");
        assertThat(byLan.actor().path("ward").asString()).isEqualTo(wardA);
        Event bySupervisor = events().await(id, "CaseAccessed", e -> e.actor().path("id").asString().equals("ha"));
        assertThat(bySupervisor.payload().path("view").asString()).isEqualTo("FULL");
        assertThat(bySupervisor.actor().path("role").asString()).isEqualTo("SUPERVISOR");
        assertThat(events().ofCase(id, "CaseAccessed")).hasSize(2);
    }

    @Test
    void readingTheHistoryIsRecordedAsSuch() throws Exception {
        String id = registered(lan, CaseBody.unique(wardA)).path("id").asString();

        mvc.perform(get("/api/cases/" + id + "/history").header(HttpHeaders.AUTHORIZATION, lan))
                .andExpect(status().isOk());

        assertThat(events().await(id, "CaseAccessed").payload().path("view").asString()).isEqualTo("HISTORY");
    }

    @Test
    void aSurvivorSearchRecordsAnAccessForEachCaseItFound() throws Exception {
        String phone = TestData.mobileDigits();
        String first = registered(lan, CaseBody.minimal(wardA, TestData.name(), "0" + phone, 1990)).path("id")
                .asString();
        String second = registered(lan, CaseBody.minimal(wardA, TestData.name(), "+84" + phone, 1991)).path("id")
                .asString();
        String hoa = verifier("hoa", wardA);

        search(hoa, "{\"phone\": \"0" + phone + "\"}").andExpect(status().isOk())
                .andExpect(jsonPath("$[*].id").value(org.hamcrest.Matchers.containsInAnyOrder(first, second)));

        for (String id : List.of(first, second)) {
            Event match = events().await(id, "CaseAccessed");
            assertThat(match.payload().path("view").asString()).isEqualTo("SEARCH_MATCH");
            assertThat(match.actor().path("id").asString()).isEqualTo("hoa");
            assertThat(match.actor().path("role").asString()).isEqualTo("WARD_VERIFIER");
        }
    }

    // --- lists ---

    @Test
    void aCounsellorListsHerOwnWardOnly() throws Exception {
        Set<String> mine = Set.of(registered(lan, CaseBody.unique(wardA)).path("id").asString(),
                registered(lan, CaseBody.unique(wardA)).path("id").asString());
        registered(minh, CaseBody.unique(wardB));

        JsonNode page = list(lan, "");
        assertThat(ids(page)).isEqualTo(mine);
        assertThat(page.path("total").asLong()).isEqualTo(2);

        // Asking for another ward gives an empty page, not an error that would confirm it has cases.
        JsonNode elsewhere = list(lan, "ward=" + wardB);
        assertThat(elsewhere.path("items").size()).isZero();
        assertThat(elsewhere.path("total").asLong()).isZero();
    }

    @Test
    void aCityWideSupervisorSeesEveryWard() throws Exception {
        Instant from = clock.instant();
        String a = registered(lan, CaseBody.unique(wardA)).path("id").asString();
        String b = registered(minh, CaseBody.unique(wardB)).path("id").asString();
        Instant to = clock.instant().plusMillis(1);

        JsonNode page = list(cityWide, "from=" + from + "&to=" + to);

        assertThat(ids(page)).containsExactlyInAnyOrder(a, b);
        assertThat(ids(list(cityWide, "ward=" + wardB))).containsExactly(b);
    }

    @Test
    void aSupervisorOfOneWardSeesThatWardOnly() throws Exception {
        String a = registered(lan, CaseBody.unique(wardA)).path("id").asString();
        registered(minh, CaseBody.unique(wardB));
        String supervisorOfA = supervisor("ha", wardA);

        assertThat(ids(list(supervisorOfA, ""))).containsExactly(a);
        assertThat(ids(list(supervisorOfA, "ward=" + wardB))).isEmpty();
        read(supervisorOfA, a).andExpect(status().isOk());
    }

    @Test
    void listsShowNoNameOrPhone() throws Exception {
        String phone = TestData.mobileDigits();
        CaseBody body = CaseBody.minimal(wardA, TestData.name(), "0" + phone, 1990);
        registered(lan, body);

        JsonNode page = list(lan, "");

        JsonNode item = page.path("items").get(0);
        PossibleDuplicatesIntegrationTest.assertSummaryOnly(item, body.fullName(), phone);
        assertThat(page.toString()).doesNotContain(body.fullName(), phone);
    }

    @Test
    void pagesOfOneCountEveryMatch() throws Exception {
        String older = registered(lan, CaseBody.unique(wardA)).path("id").asString();
        String newer = registered(lan, CaseBody.unique(wardA)).path("id").asString();

        JsonNode first = list(lan, "size=1&page=0");
        JsonNode second = list(lan, "size=1&page=1");

        assertThat(first.path("total").asLong()).isEqualTo(2);
        assertThat(first.path("size").asInt()).isEqualTo(1);
        // Newest first.
        assertThat(ids(first)).containsExactly(newer);
        assertThat(ids(second)).containsExactly(older);
        assertThat(list(lan, "size=1&page=2").path("items").size()).isZero();
    }

    @Test
    void listsFilterByStatusAndRisk() throws Exception {
        String high = registered(lan, CaseBody.unique(wardA).risk("HIGH")).path("id").asString();
        String verified = registered(lan, CaseBody.unique(wardA)).path("id").asString();
        mvc.perform(post("/api/cases/" + verified + "/verification")
                        .header(HttpHeaders.AUTHORIZATION, verifier("hoa", wardA))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"decision\": \"VERIFIED\"}"))
                .andExpect(status().isOk());

        assertThat(ids(list(lan, "risk=HIGH"))).containsExactly(high);
        assertThat(ids(list(lan, "status=VERIFIED"))).containsExactly(verified);
        assertThat(ids(list(lan, "status=REGISTERED&risk=MEDIUM"))).isEmpty();
    }

    @Test
    void aPeriodThatEndsBeforeItStartsIsRefused() throws Exception {
        Instant now = Instant.now();

        mvc.perform(get("/api/cases").header(HttpHeaders.AUTHORIZATION, lan)
                        .param("from", now.toString()).param("to", now.minusSeconds(3600).toString()))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("from"));
    }

    @Test
    void aPageSizeOutsideOneToAHundredIsRefusedNamingIt() throws Exception {
        for (String size : List.of("0", "101")) {
            mvc.perform(get("/api/cases").header(HttpHeaders.AUTHORIZATION, lan).param("size", size))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.errors[0].field").value("size"));
        }
        mvc.perform(get("/api/cases").header(HttpHeaders.AUTHORIZATION, lan).param("page", "-1"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("page"));
    }

    // --- survivor search ---

    @Test
    void searchingByPhoneFindsHerInTheCallersWardOnly() throws Exception {
        String phone = TestData.mobileDigits();
        String here = registered(lan, CaseBody.minimal(wardA, TestData.name(), "0" + phone, 1990)).path("id")
                .asString();
        registered(minh, CaseBody.minimal(wardB, TestData.name(), "0" + phone, 1990));

        search(lan, "{\"phone\": \"+84 " + phone + "\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].id").value(org.hamcrest.Matchers.contains(here)));
        // Naming another ward does not widen a counsellor's scope.
        search(lan, "{\"phone\": \"0" + phone + "\", \"ward\": \"" + wardB + "\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$").isEmpty());
    }

    @Test
    void searchingByNameAndBirthYearIgnoresDiacritics() throws Exception {
        String name = TestData.name();
        String here = registered(lan, CaseBody.minimal(wardA, name, "0" + TestData.mobileDigits(), 1987))
                .path("id").asString();
        registered(minh, CaseBody.minimal(wardB, name, "0" + TestData.mobileDigits(), 1987));

        String typed = TestData.withoutDiacritics(name).toLowerCase();
        String result = search(lan, "{\"fullName\": \"" + typed + "\", \"birthYear\": 1987}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].id").value(org.hamcrest.Matchers.contains(here)))
                .andReturn().getResponse().getContentAsString();
        assertThat(result).doesNotContain(name, typed);
        search(lan, "{\"fullName\": \"" + typed + "\", \"birthYear\": 1988}")
                .andExpect(jsonPath("$").isEmpty());
    }

    @Test
    void aSearchWithoutPhoneOrNameIsRefused() throws Exception {
        search(lan, "{\"birthYear\": 1990}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("phone"));
    }

    private JsonNode list(String token, String query) throws Exception {
        return json(mvc.perform(get("/api/cases?" + query).header(HttpHeaders.AUTHORIZATION, token))
                .andExpect(status().isOk()).andReturn());
    }

    private ResultActions search(String token, String body) throws Exception {
        return mvc.perform(post("/api/cases/search").header(HttpHeaders.AUTHORIZATION, token)
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private static Set<String> ids(JsonNode page) {
        return page.path("items").valueStream().map(item -> item.path("id").asString())
                .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
    }
}

package vn.hanoi.gbv.intake.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import vn.hanoi.gbv.intake.IntakeIntegrationTest;
import vn.hanoi.gbv.intake.support.CaseBody;
import vn.hanoi.gbv.intake.support.IntakeEvents.Event;
import vn.hanoi.gbv.intake.support.TestData;

/**
 * Editing a case: each edit names the version it was made on (ETag / If-Match), so two people editing at once
 * never silently overwrite each other; the history and the event name the changed fields, never their values.
 */
class CaseEditsIntegrationTest extends IntakeIntegrationTest {

    private final String ward = TestData.ward("cau-giay");
    private final String lan = counsellor("lan", ward);
    private final CaseBody body = CaseBody.unique(ward);

    @Test
    void aReadCarriesTheCaseVersionAsItsETag() throws Exception {
        String id = registered(lan, body).path("id").asString();

        read(lan, id).andExpect(status().isOk()).andExpect(header().string(HttpHeaders.ETAG, "\"0\""));
    }

    @Test
    void anEditOfTheVersionReadIsSavedAndAnsweredWithTheNewVersionsETag() throws Exception {
        String id = registered(lan, body).path("id").asString();
        String etag = etagOf(id);
        String address = TestData.address();

        String newEtag = amend(lan, id, etag, newAddressAndRisk(address, "HIGH"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.survivor.address").value(address))
                .andExpect(jsonPath("$.risk.level").value("HIGH"))
                .andReturn().getResponse().getHeader(HttpHeaders.ETAG);

        assertThat(newEtag).isNotEqualTo(etag).isEqualTo(etagOf(id));
        // The ETag an edit answers with is the one the next edit sends.
        amend(lan, id, newEtag, riskOnly("MEDIUM")).andExpect(status().isOk());
        read(lan, id).andExpect(jsonPath("$.survivor.address").value(address))
                .andExpect(jsonPath("$.risk.level").value("MEDIUM"));
    }

    @Test
    void theHistoryNamesEachChangedFieldAndWhoChangedItButNoValue() throws Exception {
        String oldAddress = TestData.address();
        body.survivor().put("address", oldAddress);
        String id = registered(lan, body).path("id").asString();
        String newAddress = TestData.address();
        amend(supervisor("ha", null), id, etagOf(id), newAddressAndRisk(newAddress, "HIGH"))
                .andExpect(status().isOk());

        String history = mvc.perform(get("/api/cases/" + id + "/history").header(HttpHeaders.AUTHORIZATION, lan))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].field").value(org.hamcrest.Matchers.containsInAnyOrder(
                        "survivor.address", "riskLevel")))
                .andExpect(jsonPath("$[*].changedBy").value(org.hamcrest.Matchers.everyItem(
                        org.hamcrest.Matchers.is("ha"))))
                .andExpect(jsonPath("$[0].changedAt").isNotEmpty())
                .andReturn().getResponse().getContentAsString();

        assertThat(history).doesNotContain(oldAddress, newAddress, "HIGH", "MEDIUM");
    }

    @Test
    void anEditOfAnOlderVersionIsRefusedWith412AndChangesNothing() throws Exception {
        String id = registered(lan, body).path("id").asString();
        String etag = etagOf(id);
        amend(lan, id, etag, riskOnly("HIGH")).andExpect(status().isOk());

        // Someone who read the case before that edit.
        amend(counsellor("thu", ward), id, etag, newAddressAndRisk(TestData.address(), "LOW"))
                .andExpect(status().isPreconditionFailed())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("If-Match"));

        read(lan, id).andExpect(jsonPath("$.risk.level").value("HIGH"))
                .andExpect(jsonPath("$.survivor.address").doesNotExist());
        mvc.perform(get("/api/cases/" + id + "/history").header(HttpHeaders.AUTHORIZATION, lan))
                .andExpect(jsonPath("$[*].field").value(org.hamcrest.Matchers.contains("riskLevel")));
    }

    @Test
    void anEditWithoutIfMatchIsRefusedWith428() throws Exception {
        String id = registered(lan, body).path("id").asString();

        mvc.perform(patch("/api/cases/" + id).header(HttpHeaders.AUTHORIZATION, lan)
                        .contentType(MediaType.APPLICATION_JSON).content(riskOnly("HIGH").toString()))
                .andExpect(status().isPreconditionRequired())
                .andExpect(jsonPath("$.errors[0].field").value("If-Match"));

        read(lan, id).andExpect(jsonPath("$.risk.level").value("MEDIUM"))
                .andExpect(header().string(HttpHeaders.ETAG, "\"0\""));
    }

    @Test
    void theUpdateEventNamesTheChangedFieldsButCarriesNoValue() throws Exception {
        String id = registered(lan, body).path("id").asString();
        String newAddress = TestData.address();

        amend(lan, id, etagOf(id), newAddressAndRisk(newAddress, "HIGH")).andExpect(status().isOk());

        Event updated = events().await(id, "CaseUpdated");
        assertThat(updated.payload().path("fields").valueStream().map(JsonNode::asString).toList())
                .containsExactlyInAnyOrder("survivor.address", "riskLevel");
        assertThat(updated.payload().path("riskLevel").asString()).isEqualTo("HIGH");
        assertThat(updated.actor().path("id").asString()).isEqualTo("lan");
        assertThat(events().all()).noneMatch(event -> event.raw().contains(newAddress));
    }

    @Test
    void raisingTheRiskToImmediateDangerFastTracksTheCase() throws Exception {
        String id = registered(lan, body).path("id").asString();

        amend(lan, id, etagOf(id), riskOnly("IMMEDIATE_DANGER")).andExpect(status().isOk());

        List<Event> published = events().awaitCase(id,
                events -> events.stream().anyMatch(e -> e.type().equals("EmergencyCaseRegistered")));
        List<String> types = published.stream().map(Event::type).filter(t -> !t.equals("CaseAccessed")).toList();
        assertThat(types).containsExactly("CaseRegistered", "CaseUpdated", "EmergencyCaseRegistered");
        assertThat(events().ofCase(id, "EmergencyCaseRegistered").get(0).payload().path("riskLevel").asString())
                .isEqualTo("IMMEDIATE_DANGER");
    }

    @Test
    void aCounsellorOfAnotherWardCannotEditTheCase() throws Exception {
        String id = registered(lan, body).path("id").asString();
        String otherWard = TestData.ward("suoi-hai");

        amend(counsellor("minh", otherWard), id, "\"0\"", riskOnly("LOW")).andExpect(status().isNotFound());

        read(lan, id).andExpect(jsonPath("$.risk.level").value("MEDIUM"));
    }

    private String etagOf(String id) throws Exception {
        return read(lan, id).andExpect(status().isOk()).andReturn().getResponse().getHeader(HttpHeaders.ETAG);
    }

    private ResultActions amend(String token, String id, String ifMatch, ObjectNode change) throws Exception {
        MockHttpServletRequestBuilder request = patch("/api/cases/" + id).header(HttpHeaders.AUTHORIZATION, token)
                .contentType(MediaType.APPLICATION_JSON).content(change.toString());
        return mvc.perform(request.header(HttpHeaders.IF_MATCH, ifMatch));
    }

    /** The whole survivor part as registered, with an address; and a new risk level. */
    private ObjectNode newAddressAndRisk(String address, String level) {
        ObjectNode change = JSON.createObjectNode();
        ObjectNode survivor = body.survivor().deepCopy();
        survivor.put("address", address);
        change.set("survivor", survivor);
        change.putObject("risk").put("level", level);
        return change;
    }

    private static ObjectNode riskOnly(String level) {
        ObjectNode change = JSON.createObjectNode();
        change.putObject("risk").put("level", level);
        return change;
    }
}

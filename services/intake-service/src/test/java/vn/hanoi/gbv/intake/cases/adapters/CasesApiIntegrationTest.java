package vn.hanoi.gbv.intake.cases.adapters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import vn.hanoi.gbv.intake.IntakeIntegrationTest;

/** The case API as counsellors and verifiers use it, including every way a request can be refused. */
class CasesApiIntegrationTest extends IntakeIntegrationTest {

    static final String LAN = token("lan", "hoan-kiem", "COUNSELLOR");
    static final String MINH = token("minh", "suoi-hai", "COUNSELLOR");
    static final String HOA = token("hoa", "hoan-kiem", "WARD_VERIFIER");
    static final String POLICE = "Bearer " + vn.hanoi.gbv.platform.testing.TestInfrastructure.tokens()
            .forUser("police.hk", null, "police-hoan-kiem", "AGENCY_OFFICER");

    static String caseBody(String fullName, String phone) {
        return """
                {"ward": "hoan-kiem",
                 "survivor": {"fullName": "%s", "phone": "%s", "birthYear": 1994, "sex": "FEMALE"},
                 "incident": {"type": "PHYSICAL_ASSAULT", "occurredOn": "2026-11-01"},
                 "risk": {"level": "HIGH"},
                 "needs": ["POLICE", "MEDICAL"],
                 "consent": {"services": true, "shareWith": ["POLICE", "HEALTH"]}}
                """.formatted(fullName, phone);
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    MongoTemplate mongo;

    private ResultActions register(String token, String body) throws Exception {
        return mvc.perform(post("/api/cases").header(HttpHeaders.AUTHORIZATION, token)
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private long storedCases() {
        return mongo.getCollection("cases").countDocuments();
    }

    @Test
    void aCounsellorRegistersACaseAndTheSurvivorIsEncryptedAtRest() throws Exception {
        String json = register(LAN, caseBody("Trần Thị Hạnh", "0987654321"))
                .andExpect(status().isCreated())
                .andExpect(header().string(HttpHeaders.LOCATION, org.hamcrest.Matchers.startsWith("/api/cases/")))
                .andExpect(jsonPath("$.status").value("REGISTERED"))
                .andExpect(jsonPath("$.survivor.fullName").value("Trần Thị Hạnh"))
                .andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(json, "$.id");

        Document raw = mongo.getCollection("cases").find(new Document("_id", id)).first();
        assertThat(raw).isNotNull();
        assertThat(raw.toJson()).doesNotContain("Hạnh", "Hanh", "0987654321", "987654321");

        mvc.perform(get("/api/cases/" + id).header(HttpHeaders.AUTHORIZATION, HOA))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.survivor.phone").value("+84987654321"));
    }

    @Test
    void fourEyesVerificationByTheWardsVerifier() throws Exception {
        String id = JsonPath.read(register(LAN, caseBody("Lê Thị B", "0911111111"))
                .andReturn().getResponse().getContentAsString(), "$.id");
        String verify = "{\"decision\": \"VERIFIED\", \"note\": \"met the survivor\"}";

        mvc.perform(post("/api/cases/" + id + "/verification").header(HttpHeaders.AUTHORIZATION, LAN)
                        .contentType(MediaType.APPLICATION_JSON).content(verify))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(post("/api/cases/" + id + "/verification")
                        .header(HttpHeaders.AUTHORIZATION, token("tuan", "suoi-hai", "WARD_VERIFIER"))
                        .contentType(MediaType.APPLICATION_JSON).content(verify))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/cases/" + id + "/verification").header(HttpHeaders.AUTHORIZATION, HOA)
                        .contentType(MediaType.APPLICATION_JSON).content(verify))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("VERIFIED"))
                .andExpect(jsonPath("$.verification.verifiedBy").value("hoa"));
        mvc.perform(post("/api/cases/" + id + "/verification").header(HttpHeaders.AUTHORIZATION, HOA)
                        .contentType(MediaType.APPLICATION_JSON).content(verify))
                .andExpect(status().isConflict());
    }

    @Test
    void withoutATokenTheAnswerIs401() throws Exception {
        mvc.perform(post("/api/cases").contentType(MediaType.APPLICATION_JSON).content(caseBody("X", "0900000000")))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void aForgedTokenIsRefused() throws Exception {
        String forged = LAN.substring(0, LAN.length() - 4) + "AAAA";
        mvc.perform(get("/api/cases/anything").header(HttpHeaders.AUTHORIZATION, forged))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void anAgencyOfficerMayNotRegisterOrReadCases() throws Exception {
        long before = storedCases();
        register(POLICE, caseBody("Phạm Thị C", "0922222222"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.status").value(403));
        assertThat(storedCases()).isEqualTo(before);
    }

    @Test
    void aCaseOfAnotherWardIsNotFound() throws Exception {
        String id = JsonPath.read(register(LAN, caseBody("Đỗ Thị D", "0933333333"))
                .andReturn().getResponse().getContentAsString(), "$.id");

        mvc.perform(get("/api/cases/" + id).header(HttpHeaders.AUTHORIZATION, MINH))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/cases/no-such-case").header(HttpHeaders.AUTHORIZATION, LAN))
                .andExpect(status().isNotFound());
    }

    @Test
    void unknownFieldsAreNamedAndNothingIsStored() throws Exception {
        long before = storedCases();
        String body = caseBody("Vũ Thị E", "0944444444").replace("\"sex\": \"FEMALE\"",
                "\"sex\": \"FEMALE\", \"nickname\": \"E\"");

        register(LAN, body)
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("survivor.nickname"));
        assertThat(storedCases()).isEqualTo(before);
    }

    @Test
    void unknownEnumValuesAreNamedInVietnamese() throws Exception {
        String body = caseBody("Hoàng Thị F", "0955555555").replace("PHYSICAL_ASSAULT", "ROBBERY");

        mvc.perform(post("/api/cases").header(HttpHeaders.AUTHORIZATION, LAN)
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "vi-VN,vi;q=0.9")
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.title").value("Yêu cầu không hợp lệ"))
                .andExpect(jsonPath("$.errors[0].field").value("incident.type"))
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("RAPE")));
    }

    @Test
    void missingAndMalformedFieldsAreEachNamed() throws Exception {
        long before = storedCases();
        String body = caseBody("", "12345").replace("\"risk\": {\"level\": \"HIGH\"},", "");

        register(LAN, body)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder(
                        "survivor.fullName", "survivor.phone", "risk")));
        register(LAN, "{\"ward\": ")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("body"));
        assertThat(storedCases()).isEqualTo(before);
    }

    @Test
    void anIncidentInTheFutureIsRefused() throws Exception {
        register(LAN, caseBody("Ngô Thị G", "0966666666").replace("2026-11-01", "2999-01-01"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("incident.occurredOn"));
    }

    @Test
    void aCounsellorRegistersOnlyInTheirOwnWard() throws Exception {
        register(MINH, caseBody("Bùi Thị H", "0977777777"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("ward"));
    }
}

package vn.hanoi.gbv.intake.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import org.bson.Document;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import vn.hanoi.gbv.intake.IntakeIntegrationTest;
import vn.hanoi.gbv.intake.support.CaseBody;
import vn.hanoi.gbv.intake.support.IntakeEvents.Event;
import vn.hanoi.gbv.intake.support.TestData;

/**
 * Registering a case with everything issue 3 added: what the counsellor gets back (phones normalised, the
 * incident classified, the reporting delay and the assessed risk), what referral hears, and what is stored.
 */
class RegistrationIntegrationTest extends IntakeIntegrationTest {

    /** Everything a counsellor can record about one survivor, each phone typed a different way. */
    static final class FullCase {
        final String ward = TestData.ward("dong-da");
        final String counsellor = "thu-" + ward;
        final String token = counsellor(counsellor, ward);
        final String name = TestData.name();
        final String otherName = "Bé " + TestData.syllable(true) + " " + TestData.syllable(true);
        final String mobile1 = TestData.mobileDigits();
        final String mobile2 = TestData.mobileDigits();
        final String mobile3 = TestData.mobileDigits();
        final String landline = "24" + TestData.mobileDigits().substring(1);
        final String guardianName = TestData.name();
        final String guardianMobile = TestData.mobileDigits();
        final String address = TestData.address();
        final LocalDate occurredOn = TestData.today().minusDays(20);
        final LocalDate reportedOn = TestData.today().minusDays(2);
        final CaseBody body = CaseBody.minimal(ward, name, "0" + mobile1.substring(0, 3) + " "
                + mobile1.substring(3, 6) + " " + mobile1.substring(6), 1990);

        FullCase() {
            ObjectNode survivor = body.survivor();
            survivor.putArray("otherNames").add(otherName);
            survivor.putArray("phones")
                    .add("0" + mobile1.substring(0, 2) + "." + mobile1.substring(2, 5) + "." + mobile1.substring(5))
                    .add("+84 " + mobile2.substring(0, 2) + " " + mobile2.substring(2, 5) + " " + mobile2.substring(5))
                    .add("84" + mobile3)
                    .add("(0" + landline.substring(0, 2) + ") " + landline.substring(2, 6) + " " + landline.substring(6));
            survivor.put("ethnicity", "Tày");
            survivor.put("disability", true);
            survivor.put("migrantWorker", true);
            survivor.put("address", address);
            survivor.putObject("guardian").put("fullName", guardianName).put("phone", "0" + guardianMobile)
                    .put("relationship", "Chị gái");
            ObjectNode incident = body.json().putObject("incident");
            incident.putArray("acts").add("PSYCHOLOGICAL_ABUSE").add("PHYSICAL_ASSAULT").add("DENIAL_OF_RESOURCES");
            incident.putArray("contexts").add("INTIMATE_PARTNER").add("TECHNOLOGY_FACILITATED");
            incident.put("occurredOn", occurredOn.toString());
            incident.put("locationType", "SHARED_HOME");
            incident.putObject("perpetrator").put("count", 2).put("relationship", "INTIMATE_PARTNER");
            incident.put("reportedBefore", true);
            body.json().putObject("source").put("channel", "HOTLINE_111").put("reportedOn", reportedOn.toString());
            body.risk("MEDIUM", "WEAPON", "PREGNANCY");
            body.json().putArray("needs").add("POLICE").add("MEDICAL").add("PSYCHOSOCIAL").add("LEGAL");
            body.json().putArray("servicesWanted").add("MEDICAL").add("PSYCHOSOCIAL");
            ObjectNode consent = body.consent();
            consent.putArray("shareWith").add("HEALTH").add("PSYCHOSOCIAL");
            consent.put("nonIdentifiableReporting", true);
            consent.put("givenBy", "SURVIVOR");
            consent.put("givenAt", reportedOn + "T03:00:00Z");
        }

        /** Every identifying value, as typed and as normalised. */
        List<String> identifying() {
            return List.of(name, TestData.withoutDiacritics(name), otherName, TestData.withoutDiacritics(otherName),
                    mobile1, mobile2, mobile3, landline, guardianMobile, "+84" + mobile1, guardianName,
                    TestData.withoutDiacritics(guardianName), address, TestData.withoutDiacritics(address),
                    "Chị gái");
        }
    }

    @Test
    void aFullRegistrationIsAnsweredWithNormalisedPhonesClassifiedIncidentDelayAndAssessedRisk() throws Exception {
        FullCase full = new FullCase();

        JsonNode answer = registered(full.token, full.body);

        JsonNode survivor = answer.path("survivor");
        assertThat(survivor.path("fullName").asString()).isEqualTo(full.name);
        assertThat(texts(survivor.path("otherNames"))).containsExactly(full.otherName);
        // The same phone typed two ways is kept once; every phone comes back in E.164.
        assertThat(survivor.path("phone").asString()).isEqualTo("+84" + full.mobile1);
        assertThat(texts(survivor.path("phones"))).containsExactly("+84" + full.mobile1, "+84" + full.mobile2,
                "+84" + full.mobile3, "+84" + full.landline);
        assertThat(survivor.path("birthYear").asInt()).isEqualTo(1990);
        assertThat(survivor.path("ageBand").asString()).isEqualTo("AGE_26_40");
        assertThat(survivor.path("ethnicity").asString()).isEqualTo("Tày");
        assertThat(survivor.path("disability").asBoolean()).isTrue();
        assertThat(survivor.path("migrantWorker").asBoolean()).isTrue();
        assertThat(survivor.path("address").asString()).isEqualTo(full.address);
        assertThat(survivor.path("guardian").path("fullName").asString()).isEqualTo(full.guardianName);
        assertThat(survivor.path("guardian").path("phone").asString()).isEqualTo("+84" + full.guardianMobile);
        assertThat(survivor.path("guardian").path("relationship").asString()).isEqualTo("Chị gái");

        JsonNode incident = answer.path("incident");
        // GBVIMS precedence: physical assault before denial of resources before psychological abuse.
        assertThat(incident.path("type").asString()).isEqualTo("PHYSICAL_ASSAULT");
        assertThat(texts(incident.path("contexts"))).containsExactlyInAnyOrder("INTIMATE_PARTNER",
                "TECHNOLOGY_FACILITATED");
        assertThat(incident.path("occurredOn").asString()).isEqualTo(full.occurredOn.toString());
        assertThat(incident.path("locationType").asString()).isEqualTo("SHARED_HOME");
        assertThat(incident.path("perpetratorCount").asInt()).isEqualTo(2);
        assertThat(incident.path("perpetratorRelationship").asString()).isEqualTo("INTIMATE_PARTNER");
        assertThat(incident.path("reportedBefore").asBoolean()).isTrue();

        JsonNode source = answer.path("source");
        assertThat(source.path("channel").asString()).isEqualTo("HOTLINE_111");
        assertThat(source.path("reportedOn").asString()).isEqualTo(full.reportedOn.toString());
        assertThat(source.path("reportingDelay").asString()).isEqualTo("WEEKS_2_TO_MONTH_1");

        JsonNode risk = answer.path("risk");
        assertThat(risk.path("givenLevel").asString()).isEqualTo("MEDIUM");
        assertThat(risk.path("level").asString()).isEqualTo("HIGH");
        assertThat(texts(risk.path("indicators"))).containsExactlyInAnyOrder("WEAPON", "PREGNANCY");
        assertThat(texts(risk.path("raisedBy"))).containsExactly("lethal-threat");

        assertThat(texts(answer.path("needs"))).containsExactlyInAnyOrder("POLICE", "MEDICAL", "PSYCHOSOCIAL",
                "LEGAL");
        assertThat(texts(answer.path("servicesWanted"))).containsExactlyInAnyOrder("MEDICAL", "PSYCHOSOCIAL");
        JsonNode consent = answer.path("consent");
        assertThat(consent.path("services").asBoolean()).isTrue();
        assertThat(texts(consent.path("shareWith"))).containsExactlyInAnyOrder("HEALTH", "PSYCHOSOCIAL");
        assertThat(consent.path("nonIdentifiableReporting").asBoolean()).isTrue();
        assertThat(consent.path("givenBy").asString()).isEqualTo("SURVIVOR");
        assertThat(consent.path("givenAt").asString()).isEqualTo(full.reportedOn + "T03:00:00Z");
        assertThat(consent.path("recordedBy").asString()).isEqualTo(full.counsellor);
        assertThat(answer.path("status").asString()).isEqualTo("REGISTERED");
        assertThat(answer.path("registeredBy").asString()).isEqualTo(full.counsellor);
        assertThat(answer.path("caseCode").asString()).matches("GBV-[0-9A-F]{8}");

        // What was stored reads back the same.
        JsonNode reread = json(read(full.token, answer.path("id").asString()).andExpect(status().isOk()).andReturn());
        assertThat(reread.path("survivor")).isEqualTo(survivor);
        assertThat(reread.path("incident")).isEqualTo(incident);
        assertThat(reread.path("source")).isEqualTo(source);
        assertThat(reread.path("risk")).isEqualTo(risk);
        assertThat(reread.path("consent")).isEqualTo(consent);
        assertThat(reread.path("registeredAt")).isEqualTo(answer.path("registeredAt"));
    }

    @Test
    void referralHearsTheClassificationAndConsentButNothingThatIdentifiesHer() throws Exception {
        FullCase full = new FullCase();
        String id = registered(full.token, full.body).path("id").asString();

        Event registered = events().await(id, "CaseRegistered");

        JsonNode payload = registered.payload();
        assertThat(payload.path("ward").asString()).isEqualTo(full.ward);
        assertThat(payload.path("incidentType").asString()).isEqualTo("PHYSICAL_ASSAULT");
        assertThat(payload.path("riskLevel").asString()).isEqualTo("HIGH");
        // The services she wants, not every need recorded.
        assertThat(texts(payload.path("needs"))).containsExactlyInAnyOrder("MEDICAL", "PSYCHOSOCIAL");
        assertThat(texts(payload.path("consentedAgencyTypes"))).containsExactlyInAnyOrder("HEALTH", "PSYCHOSOCIAL");
        assertThat(registered.actor().path("id").asString()).isEqualTo(full.counsellor);
        assertThat(registered.actor().path("role").asString()).isEqualTo("COUNSELLOR");
        assertThat(registered.raw()).doesNotContain(full.identifying());
    }

    @Test
    void withoutAReportDateTheDelayIsCountedToToday() throws Exception {
        String ward = TestData.ward("ba-dinh");
        CaseBody body = CaseBody.unique(ward);
        body.incident().put("occurredOn", TestData.today().minusDays(5).toString());
        body.json().putObject("source").put("channel", "WOMENS_UNION");

        JsonNode answer = registered(counsellor("mai", ward), body);

        assertThat(answer.path("source").path("reportedOn").asString()).isEqualTo(TestData.today().toString());
        assertThat(answer.path("source").path("reportingDelay").asString()).isEqualTo("DAYS_4_5");
    }

    @Test
    void anIncidentTypeThatContradictsTheActsIsRefusedNamingIncidentType() throws Exception {
        String ward = TestData.ward("ba-dinh");
        CaseBody body = CaseBody.unique(ward);
        body.incident().putArray("acts").add("PHYSICAL_ASSAULT").add("RAPE");

        register(counsellor("mai", ward), body)
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("incident.type"))
                .andExpect(jsonPath("$.errors[0].message").value(Matchers.containsString("RAPE")));
        assertThat(storedCasesOfWard(ward)).isZero();
    }

    @Test
    void theSurvivorIsStoredOnlyAsCiphertextAndBlindIndexes() throws Exception {
        FullCase full = new FullCase();
        String id = registered(full.token, full.body).path("id").asString();

        String stored = storedJson(id);

        assertThat(stored).isNotNull().doesNotContain(full.identifying());
        Document survivor = mongo.getCollection("cases").find(new Document("_id", id)).first()
                .get("survivor", Document.class);
        assertThat(survivor.getString("fullNameEncrypted")).startsWith("test-1:");
        assertThat(survivor.getString("addressEncrypted")).startsWith("test-1:");
        assertThat(survivor.getList("phonesEncrypted", String.class)).hasSize(4)
                .allSatisfy(phone -> assertThat(phone).startsWith("test-1:"));
        // Found without decrypting: one index per phone, one per name (with the birth year).
        assertThat(survivor.getList("phoneIndexes", String.class)).hasSize(4).doesNotHaveDuplicates();
        assertThat(survivor.getList("nameIndexes", String.class)).hasSize(2).doesNotHaveDuplicates();
        // A verifier's note may name people too.
        String note = "Đã gặp " + full.guardianName + " tại " + full.address;
        mvc.perform(post("/api/cases/" + id + "/verification")
                        .header(HttpHeaders.AUTHORIZATION, verifier("hoa", full.ward))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"decision\": \"REJECTED\", \"note\": \"" + note + "\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.verification.note").value(note));
        assertThat(storedJson(id)).doesNotContain(note).doesNotContain(full.identifying());
        assertThat(events().await(id, "CaseRejected").raw()).doesNotContain(note);
        // What statistics need stays readable.
        assertThat(survivor.getString("ageBand")).isEqualTo("AGE_26_40");
        assertThat(survivor.getString("ethnicity")).isEqualTo("Tày");
    }

    static List<String> texts(JsonNode array) {
        return array.valueStream().map(JsonNode::asString).toList();
    }
}

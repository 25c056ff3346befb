package vn.hanoi.gbv.referral.directory.adapters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Locale;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import vn.hanoi.gbv.events.Topics;
import vn.hanoi.gbv.referral.ReferralIntegrationTest;
import vn.hanoi.gbv.referral.config.DirectoryProperties;
import vn.hanoi.gbv.referral.directory.adapters.persistence.AgencyDirectoryFile;
import vn.hanoi.gbv.referral.directory.domain.AgencyChanges;
import vn.hanoi.gbv.referral.directory.domain.AgencyDirectory;

/**
 * Admins create and change agencies: each change is an event keyed "directory", kept in MongoDB and laid over the
 * seed file again after a restart. Unknown agencies are 404, unknown wards 400, other roles 403.
 */
class DirectoryAdministrationIntegrationTest extends ReferralIntegrationTest {

    static final String ADMIN = token("admin", null, null, "ADMIN");
    static final String LAN = token("lan", "hoan-kiem", null, "COUNSELLOR");

    @Autowired
    AgencyChanges changes;

    @Autowired
    DirectoryProperties properties;

    @Autowired
    MongoTemplate mongo;

    // A Women's Union branch: hoan-kiem already lists its own first, so routing of other tests is unchanged.
    private static String body(String id, String wards, String extra) {
        return "{" + (id == null ? "" : "\"id\":\"" + id + "\",")
                + "\"nameVi\":\"Chi hội Phụ nữ thử\",\"nameEn\":\"Test Women's Union branch\",\"type\":\"WOMENS_UNION\","
                + "\"wardsServed\":[" + wards + "]" + extra + "}";
    }

    private ResultActions create(String token, String json) throws Exception {
        return mvc.perform(post("/api/agencies").header(HttpHeaders.AUTHORIZATION, token)
                .contentType(MediaType.APPLICATION_JSON).content(json));
    }

    private ResultActions update(String token, String id, String json) throws Exception {
        return mvc.perform(put("/api/agencies/" + id).header(HttpHeaders.AUTHORIZATION, token)
                .contentType(MediaType.APPLICATION_JSON).content(json));
    }

    private static String newAgencyId() {
        return "wu-test-" + UUID.randomUUID().toString().substring(0, 8).toLowerCase(Locale.ROOT);
    }

    @Test
    void anAdminCreatesAndChangesAnAgencyEachChangeAnEventThatSurvivesARestart() throws Exception {
        String id = newAgencyId();
        create(ADMIN, body(id, "\"hoan-kiem\"", ",\"services\":[\"PSYCHOSOCIAL\"]"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.id").value(id));
        update(ADMIN, id, body(null, "\"hoan-kiem\", \"suoi-hai\"",
                ",\"acknowledgementSla\":\"PT8H\",\"contactPhone\":\"024 3825 0000\""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.wardsServed", Matchers.contains("hoan-kiem", "suoi-hai")));
        mvc.perform(get("/api/agencies").param("ward", "suoi-hai").header(HttpHeaders.AUTHORIZATION, LAN))
                .andExpect(jsonPath("$[*].id").value(Matchers.hasItem(id)));

        await().atMost(PATIENCE).until(() -> mongo.count(Query.query(
                Criteria.where("_id").is(id).and("outbox.0").exists(true)), "agencies") == 0);
        var published = recordsSoFar(Topics.REFERRAL, event("AgencyDirectoryChanged", "directory")).stream()
                .filter(record -> record.value().contains(id)).toList();
        assertThat(published).hasSize(2).allSatisfy(record -> {
            assertThat(record.key()).isEqualTo("directory");
            assertThat(record.value()).contains("\"role\":\"ADMIN\"").doesNotContain("3825");
        });
        assertThat(published.get(0).value()).contains("\"change\":\"CREATED\"");
        assertThat(published.get(1).value()).contains("\"change\":\"UPDATED\"");

        // A restarted service: the seed file again, with the stored changes laid over it.
        AgencyDirectory restarted = AgencyDirectoryFile.read(properties.location());
        assertThat(restarted.byId(id)).isEmpty();
        changes.all().forEach(restarted::put);
        assertThat(restarted.byId(id)).hasValueSatisfying(agency -> {
            assertThat(agency.wardsServed()).containsExactlyInAnyOrder("hoan-kiem", "suoi-hai");
            assertThat(agency.profile().acknowledgementSla()).hasHours(8);
        });
    }

    @Test
    void unknownAgencyIs404UnknownWard400AndOnlyAdminsChange() throws Exception {
        update(ADMIN, "no-such-agency", body(null, "\"hoan-kiem\"", "")).andExpect(status().isNotFound());
        mvc.perform(get("/api/agencies/no-such-agency").header(HttpHeaders.AUTHORIZATION, LAN))
                .andExpect(status().isNotFound());
        String id = newAgencyId();
        create(ADMIN, body(id, "\"atlantis\"", ""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("wardsServed"));
        update(ADMIN, "wu-hoan-kiem", body(null, "\"atlantis\"", "")).andExpect(status().isBadRequest());
        create(LAN, body(id, "\"hoan-kiem\"", "")).andExpect(status().isForbidden());
        mvc.perform(get("/api/agencies/" + id).header(HttpHeaders.AUTHORIZATION, LAN)).andExpect(status().isNotFound());

        create(ADMIN, body(id, "\"hoan-kiem\"", "")).andExpect(status().isCreated());
        create(ADMIN, body(id, "\"hoan-kiem\"", "")).andExpect(status().isConflict());
        create(ADMIN, body("wu-hoan-kiem", "\"hoan-kiem\"", "")).andExpect(status().isConflict());
    }
}

package vn.hanoi.gbv.referral.directory.adapters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
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
import vn.hanoi.gbv.referral.directory.domain.Agency;
import vn.hanoi.gbv.referral.directory.domain.AgencyChanges;
import vn.hanoi.gbv.referral.directory.domain.AgencyDirectory;

/**
 * An admin sets an agency's webhook through the API: checked as the directory file is at start (https only here,
 * no credentials in the URL, a secret configured when enabled), stored like any directory change (it survives a
 * restart, and is an AgencyDirectoryChanged event), the URL kept out of the event and the log.
 */
@ExtendWith(OutputCaptureExtension.class)
class AgencyWebhookSettingsIntegrationTest extends ReferralIntegrationTest {

    static final String ADMIN = token("admin", null, null, "ADMIN");
    static final String LAN = token("lan", "hoan-kiem", null, "COUNSELLOR");
    // Partners put tokens in their URLs: this one must never appear in an event, a log or a problem.
    static final String HOST = "partner-hooks.example";
    static final String URL = "https://" + HOST + "/gbv/T0KEN-in-path";

    @Autowired
    AgencyDirectory directory;

    @Autowired
    AgencyChanges changes;

    @Autowired
    DirectoryProperties properties;

    @Autowired
    MongoTemplate mongo;

    private String newAgency() throws Exception {
        String id = "wu-hook-" + UUID.randomUUID().toString().substring(0, 8).toLowerCase(Locale.ROOT);
        mvc.perform(post("/api/agencies").header(HttpHeaders.AUTHORIZATION, ADMIN)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"id\":\"" + id + "\",\"nameVi\":\"Chi hội thử webhook\",\"nameEn\":\"Webhook test branch\","
                        + "\"type\":\"WOMENS_UNION\",\"wardsServed\":[\"hoan-kiem\"]}"))
                .andExpect(status().isCreated());
        return id;
    }

    private ResultActions setWebhook(String token, String agencyId, String json) throws Exception {
        return mvc.perform(put("/api/agencies/" + agencyId + "/webhook").header(HttpHeaders.AUTHORIZATION, token)
                .contentType(MediaType.APPLICATION_JSON).content(json));
    }

    @Test
    void anAdminSetsAnHttpsWebhookStoredAndAnnouncedWithoutItsUrl(CapturedOutput output) throws Exception {
        String id = newAgency();

        setWebhook(ADMIN, id, "{\"url\":\"" + URL + "\",\"secretRef\":\"partner-test\",\"enabled\":true}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.agencyId").value(id))
                .andExpect(jsonPath("$.url").value(URL))
                .andExpect(jsonPath("$.secretRef").value("partner-test"))
                .andExpect(jsonPath("$.enabled").value(true))
                .andExpect(jsonPath("$.secretConfigured").value(true));
        mvc.perform(get("/api/agencies/" + id + "/webhook").header(HttpHeaders.AUTHORIZATION, ADMIN))
                .andExpect(jsonPath("$.url").value(URL));
        // Switching it off needs no secret; an update of the agency itself keeps the webhook.
        setWebhook(ADMIN, id, "{\"url\":\"" + URL + "\",\"enabled\":false}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.secretRef").value(id))
                .andExpect(jsonPath("$.enabled").value(false));
        assertThat(directory.byId(id).map(Agency::webhook))
                .contains(new Agency.Webhook(URI.create(URL), id, false));

        // Stored: a restarted service (the seed file, the stored changes laid over it) has it.
        AgencyDirectory restarted = AgencyDirectoryFile.read(properties.location());
        changes.all().forEach(restarted::put);
        assertThat(restarted.byId(id).map(Agency::webhook)).contains(new Agency.Webhook(URI.create(URL), id, false));

        // Announced as directory changes (created, then the two webhook changes), the URL on none of them.
        await().atMost(PATIENCE).until(() -> mongo.count(Query.query(
                Criteria.where("_id").is(id).and("outbox.0").exists(true)), "agencies") == 0);
        var published = recordsSoFar(Topics.REFERRAL, event("AgencyDirectoryChanged", "directory")).stream()
                .filter(record -> record.value().contains(id)).toList();
        assertThat(published).hasSize(3).allSatisfy(record -> assertThat(record.value()).doesNotContain(HOST));
        assertThat(published.get(1).value()).contains("\"change\":\"UPDATED\"");
        assertThat(output.getAll()).contains("Agency " + id + ": webhook enabled by admin").doesNotContain(HOST);
    }

    @Test
    void unusableWebhookSettingsAre400NamingTheFieldAndChangeNothing(CapturedOutput output) throws Exception {
        String id = newAgency();

        setWebhook(ADMIN, id, "{\"url\":\"http://" + HOST + "/gbv\",\"secretRef\":\"partner-test\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("webhook.url"));
        setWebhook(ADMIN, id, "{\"url\":\"https://user:pw@" + HOST + "/gbv\",\"secretRef\":\"partner-test\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("webhook.url"));
        setWebhook(ADMIN, id, "{\"url\":\"/relative\",\"secretRef\":\"partner-test\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("webhook.url"));
        setWebhook(ADMIN, id, "{\"secretRef\":\"partner-test\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("webhook.url"));
        // Enabled, but no secret at gbv.referral.webhooks.secrets.<agency id>.
        setWebhook(ADMIN, id, "{\"url\":\"" + URL + "\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("webhook.secretRef"));
        setWebhook(ADMIN, id, "{\"url\":\"" + URL + "\",\"secretRef\":\"../../Other_Key\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("webhook.secretRef"));
        String refusal = setWebhook(ADMIN, id, "{\"url\":\"http://" + HOST + "/gbv\",\"enabled\":false}")
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(refusal).doesNotContain(HOST);

        setWebhook(LAN, id, "{\"url\":\"" + URL + "\",\"secretRef\":\"partner-test\"}")
                .andExpect(status().isForbidden());
        setWebhook(ADMIN, "no-such-agency", "{\"url\":\"" + URL + "\",\"secretRef\":\"partner-test\"}")
                .andExpect(status().isNotFound());

        assertThat(directory.byId(id).map(Agency::webhook)).isEmpty();
        assertThat(changes.all()).filteredOn(agency -> agency.id().equals(id))
                .singleElement().satisfies(agency -> assertThat(agency.webhook()).isNull());
        assertThat(output.getAll()).doesNotContain(HOST);
    }
}

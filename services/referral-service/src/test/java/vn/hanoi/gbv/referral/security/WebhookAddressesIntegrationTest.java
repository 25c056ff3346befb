package vn.hanoi.gbv.referral.security;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import vn.hanoi.gbv.referral.ReferralIntegrationTest;

/**
 * Security review F7: a webhook URL that points inside the network (loopback, private ranges, link-local and the
 * cloud metadata service, IPv6 loopback, a host written as a number) is refused when it is saved, with a 400
 * naming the field.
 */
class WebhookAddressesIntegrationTest extends ReferralIntegrationTest {

    static final String ADMIN = token("admin", null, null, "ADMIN");

    @ParameterizedTest
    @ValueSource(strings = {
            "https://127.0.0.1:8084/api/audit", "https://169.254.169.254/latest/meta-data/", "https://10.0.0.1/",
            "https://[::1]:9000/oauth2/token", "https://2130706433/", "https://0x7f.0.0.1/", "https://0177.0.0.1/",
            "https://127.1/", "https://192.168.1.10/hooks", "https://172.16.0.5/", "https://100.64.0.1/",
            "https://0.0.0.0/", "https://[::ffff:127.0.0.1]/", "https://[fd00:ec2::254]/", "https://[fe80::1]/",
            "https://224.0.0.1/", "https://localhost/hooks"})
    void aWebhookToAnAddressThatIsNotPublicIsRefused(String url) throws Exception {
        String agency = newAgency();

        mvc.perform(put("/api/agencies/" + agency + "/webhook").header(HttpHeaders.AUTHORIZATION, ADMIN)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"url\":\"" + url + "\",\"secretRef\":\"partner-test\",\"enabled\":true}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("webhook.url"));
    }

    private String newAgency() throws Exception {
        String id = "wu-ssrf-" + UUID.randomUUID().toString().substring(0, 8).toLowerCase(Locale.ROOT);
        mvc.perform(post("/api/agencies").header(HttpHeaders.AUTHORIZATION, ADMIN)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"id\":\"" + id + "\",\"nameVi\":\"Chi hội thử\",\"nameEn\":\"Test branch\","
                                + "\"type\":\"WOMENS_UNION\",\"wardsServed\":[\"hoan-kiem\"]}"))
                .andExpect(status().isCreated());
        return id;
    }
}

package vn.hanoi.gbv.referral.directory.adapters;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import vn.hanoi.gbv.referral.ReferralIntegrationTest;

/** The read-only directory, as a counsellor uses it before asking a survivor whom to share with. */
class AgenciesApiIntegrationTest extends ReferralIntegrationTest {

    @Test
    void aWardsAgenciesAreItsOwnAndTheProvinceWideOnes() throws Exception {
        mvc.perform(get("/api/agencies").param("ward", "suoi-hai")
                        .header(HttpHeaders.AUTHORIZATION, token("minh", "suoi-hai", null, "COUNSELLOR")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].id").value(Matchers.hasItems("ubnd-suoi-hai", "police-suoi-hai",
                        "trusted-address-suoi-hai", "peace-house")))
                .andExpect(jsonPath("$[*].id").value(Matchers.not(Matchers.hasItem("police-hoan-kiem"))))
                .andExpect(jsonPath("$[?(@.id == 'peace-house')].nameEn").value(Matchers.hasItem(
                        Matchers.startsWith("Peace House"))));
    }

    @Test
    void theDirectoryNeedsAToken() throws Exception {
        mvc.perform(get("/api/agencies")).andExpect(status().isUnauthorized());
    }
}

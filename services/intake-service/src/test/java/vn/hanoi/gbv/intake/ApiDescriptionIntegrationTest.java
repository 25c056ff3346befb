package vn.hanoi.gbv.intake;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Partners integrating with intake read its OpenAPI description without a token. */
class ApiDescriptionIntegrationTest extends IntakeIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Test
    void theApiIsDescribedWithItsBearerRequirement() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.info.title").value("intake-service"))
                .andExpect(jsonPath("$.paths['/api/cases'].post").exists())
                .andExpect(jsonPath("$.paths['/api/cases/{id}/verification'].post").exists())
                .andExpect(jsonPath("$.components.securitySchemes.bearer.scheme").value("bearer"));
    }
}

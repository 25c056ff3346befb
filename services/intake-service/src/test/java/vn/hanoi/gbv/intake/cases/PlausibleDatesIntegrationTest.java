package vn.hanoi.gbv.intake.cases;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import vn.hanoi.gbv.intake.IntakeIntegrationTest;
import vn.hanoi.gbv.intake.support.CaseBody;
import vn.hanoi.gbv.intake.support.TestData;

/** Security review F10: dates within plausible bounds: no incident before 1900, no consent given in the future. */
class PlausibleDatesIntegrationTest extends IntakeIntegrationTest {

    private final String ward = TestData.ward("hoan-kiem");
    private final String lan = counsellor("lan", ward);

    @Test
    void anIncidentBefore1900IsRefusedNamingTheField() throws Exception {
        CaseBody body = CaseBody.unique(ward);
        body.incident().put("occurredOn", "0001-01-01");
        long before = storedCasesOfWard(ward);

        register(lan, body).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("incident.occurredOn"));
        org.assertj.core.api.Assertions.assertThat(storedCasesOfWard(ward)).isEqualTo(before);
    }

    @Test
    void consentGivenInTheFutureIsRefusedNamingTheField() throws Exception {
        CaseBody body = CaseBody.unique(ward);
        body.consent().put("givenAt", "2100-01-01T00:00:00Z");

        register(lan, body).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("consent.givenAt"));
    }

    @Test
    void consentGivenAMomentAgoIsTaken() throws Exception {
        CaseBody body = CaseBody.unique(ward);
        body.consent().put("givenAt", clock.instant().minusSeconds(60).toString());

        register(lan, body).andExpect(status().isCreated());
    }
}

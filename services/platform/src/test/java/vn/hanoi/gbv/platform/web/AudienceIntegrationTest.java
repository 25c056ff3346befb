package vn.hanoi.gbv.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.hanoi.gbv.platform.testing.TestInfrastructure;

/**
 * Security review F13: a token is taken only if it was minted for this API (audience {@code gbv-api}). A token the
 * same issuer signed for another client of the realm, roles or not, is refused with 401, as no token at all is.
 */
class AudienceIntegrationTest extends ChassisIntegrationTest {

    @Test
    void aTokenForTheApiIsTaken() throws Exception {
        String token = TestInfrastructure.tokens().forUser("lan", "hoan-kiem", null, "COUNSELLOR");

        assertThat(send("GET", "/api/samples/1", null, "Authorization", bearer(token)).statusCode()).isEqualTo(200);
    }

    @Test
    void aTokenOfTheSameIssuerForAnotherAudienceIsRefused() throws Exception {
        String otherApp = TestInfrastructure.tokens().forAudience("account", "lan", "COUNSELLOR");
        String noRoles = TestInfrastructure.tokens().forAudience("some-other-client", "someone");

        assertThat(send("GET", "/api/samples/1", null, "Authorization", bearer(otherApp)).statusCode()).isEqualTo(401);
        assertThat(send("GET", "/api/samples/1", null, "Authorization", bearer(noRoles)).statusCode()).isEqualTo(401);
    }
}

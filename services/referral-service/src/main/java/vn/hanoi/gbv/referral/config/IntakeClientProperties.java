package vn.hanoi.gbv.referral.config;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How referral reaches intake's disclosure endpoint: intake's address, and this service's client registration at
 * the authorization server, with which it exchanges the asking officer's token for one naming her as subject and
 * this service as actor (RFC 8693). Intake takes only such a token; the officer's own token is never forwarded.
 *
 * @param baseUrl      intake-service's base URL
 * @param tokenUri     the authorization server's token endpoint
 * @param clientId     this service's client id there
 * @param clientSecret its secret: from the environment or a secret store, never from a committed file
 * @param timeout      how long one call to intake may take before the officer is told to try again
 */
@ConfigurationProperties("gbv.referral.intake")
public record IntakeClientProperties(
        @DefaultValue("http://localhost:8081") URI baseUrl,
        @DefaultValue("http://localhost:9000/oauth2/token") URI tokenUri,
        @DefaultValue("referral-service") String clientId,
        String clientSecret,
        @DefaultValue("5s") Duration timeout) {
}

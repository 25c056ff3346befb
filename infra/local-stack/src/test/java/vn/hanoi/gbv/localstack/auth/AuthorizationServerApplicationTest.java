package vn.hanoi.gbv.localstack.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/**
 * Starts the real server on a random port, the way the local stack starts it, and talks to it over HTTP like the
 * CLI and the services do. Tokens are verified the way a resource server verifies them: discovery document, then
 * JWK set, then signature, issuer and expiry.
 */
class AuthorizationServerApplicationTest {

    private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final JsonMapper json = JsonMapper.builder().build();

    private static ConfigurableApplicationContext server;
    private static String baseUrl;
    private static JwtDecoder decoder;

    @BeforeAll
    static void startServer() {
        server = AuthorizationServerApplication.builder().run("--server.port=0");
        baseUrl = "http://localhost:" + server.getEnvironment().getProperty("local.server.port");
        // Fetches /.well-known/openid-configuration, checks its issuer equals baseUrl, then uses its jwks_uri.
        decoder = NimbusJwtDecoder.withIssuerLocation(baseUrl).build();
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void passwordGrantIssuesAPersonaTokenThatVerifiesAgainstTheJwkSet() throws Exception {
        HttpResponse<String> response = postToken(Map.of(
                "grant_type", "password", "client_id", "gbv-cli", "username", "lan", "password", "demo"), null);

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = json.readTree(response.body());
        assertThat(body.path("token_type").asString()).isEqualTo("Bearer");
        assertThat(body.path("refresh_token").isMissingNode()).isTrue();

        Jwt jwt = decoder.decode(body.path("access_token").asString());
        assertThat(jwt.getHeaders()).containsEntry("alg", "RS256").containsKey("kid");
        assertThat(jwt.getIssuer()).hasToString(baseUrl);
        assertThat(jwt.getSubject()).isEqualTo("lan");
        assertThat(jwt.getClaimAsString("preferred_username")).isEqualTo("lan");
        assertThat(jwt.getClaimAsStringList("roles")).containsExactly("COUNSELLOR");
        assertThat(jwt.getClaimAsString("ward")).isEqualTo("hoan-kiem");
        assertThat(jwt.hasClaim("agency")).isFalse();
        assertThat(jwt.getAudience()).containsExactlyInAnyOrder("gbv-cli", "gbv-api");
        assertThat(Duration.between(jwt.getIssuedAt(), jwt.getExpiresAt())).isEqualTo(Duration.ofMinutes(30));
        assertThat(jwt.getExpiresAt()).isAfter(Instant.now());
    }

    @Test
    void personasWithoutAWardGetNoWardClaimAndAgencyPersonasGetTheirAgency() throws Exception {
        Jwt supervisor = decoder.decode(passwordToken("supervisor", Map.of()));
        assertThat(supervisor.getClaimAsStringList("roles")).containsExactly("SUPERVISOR");
        assertThat(supervisor.hasClaim("ward")).isFalse();
        assertThat(supervisor.hasClaim("agency")).isFalse();

        Jwt committee = decoder.decode(passwordToken("ubnd.hk", Map.of("scope", "gbv")));
        assertThat(committee.getClaimAsStringList("roles")).containsExactly("COMMITTEE_OFFICER");
        assertThat(committee.getClaimAsString("agency")).isEqualTo("ubnd-hoan-kiem");
        assertThat(committee.getClaimAsString("ward")).isEqualTo("hoan-kiem");
        assertThat(committee.getClaimAsStringList("scope")).containsExactly("gbv");
    }

    @Test
    void wrongPasswordIsRejectedAsInvalidGrant() throws Exception {
        HttpResponse<String> response = postToken(Map.of(
                "grant_type", "password", "client_id", "gbv-cli", "username", "lan", "password", "not-demo"), null);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json.readTree(response.body()).path("error").asString()).isEqualTo("invalid_grant");
    }

    @Test
    void unknownUserLooksExactlyLikeAWrongPassword() throws Exception {
        HttpResponse<String> response = postToken(Map.of(
                "grant_type", "password", "client_id", "gbv-cli", "username", "nobody", "password", "demo"), null);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json.readTree(response.body()).path("error").asString()).isEqualTo("invalid_grant");
    }

    @Test
    void passwordGrantRejectsUnknownScopesAndMissingParameters() throws Exception {
        HttpResponse<String> badScope = postToken(Map.of("grant_type", "password", "client_id", "gbv-cli",
                "username", "lan", "password", "demo", "scope", "admin"), null);
        assertThat(badScope.statusCode()).isEqualTo(400);
        assertThat(json.readTree(badScope.body()).path("error").asString()).isEqualTo("invalid_scope");

        HttpResponse<String> noPassword = postToken(Map.of(
                "grant_type", "password", "client_id", "gbv-cli", "username", "lan"), null);
        assertThat(noPassword.statusCode()).isEqualTo(400);
        assertThat(json.readTree(noPassword.body()).path("error").asString()).isEqualTo("invalid_request");
    }

    @Test
    void servicesCannotUseThePasswordGrantAndMustAuthenticate() throws Exception {
        // A confidential client is not a public client just because it leaves out its secret.
        HttpResponse<String> withoutSecret = postToken(Map.of("grant_type", "password",
                "client_id", "referral-service", "username", "lan", "password", "demo"), null);
        assertThat(withoutSecret.statusCode()).isEqualTo(401);
        assertThat(json.readTree(withoutSecret.body()).path("error").asString()).isEqualTo("invalid_client");

        // With its secret it is authenticated, but the grant is not registered for it.
        HttpResponse<String> withSecret = postToken(Map.of("grant_type", "password",
                "username", "lan", "password", "demo"), basic("referral-service", "referral-service-secret"));
        assertThat(withSecret.statusCode()).isEqualTo(400);
        assertThat(json.readTree(withSecret.body()).path("error").asString()).isEqualTo("unauthorized_client");
    }

    @Test
    void clientCredentialsGiveServiceTokens() throws Exception {
        HttpResponse<String> response = postToken(Map.of("grant_type", "client_credentials"),
                basic("referral-service", "referral-service-secret"));

        assertThat(response.statusCode()).isEqualTo(200);
        Jwt jwt = decoder.decode(json.readTree(response.body()).path("access_token").asString());
        assertThat(jwt.getSubject()).isEqualTo("referral-service");
        assertThat(jwt.getClaimAsStringList("roles")).containsExactly("SERVICE");
        assertThat(jwt.hasClaim("ward")).isFalse();
        assertThat(jwt.getAudience()).containsExactlyInAnyOrder("referral-service", "gbv-api");

        HttpResponse<String> wrongSecret = postToken(Map.of("grant_type", "client_credentials"),
                basic("referral-service", "intake-service-secret"));
        assertThat(wrongSecret.statusCode()).isEqualTo(401);
    }

    @Test
    void referralExchangesAnOfficersTokenForOneNamingHerAndItselfAsActor() throws Exception {
        String officer = passwordToken("police.hk", Map.of());

        HttpResponse<String> response = postToken(exchangeOf(officer), basic("referral-service", "referral-service-secret"));

        assertThat(response.statusCode()).isEqualTo(200);
        Jwt exchanged = decoder.decode(json.readTree(response.body()).path("access_token").asString());
        assertThat(exchanged.getSubject()).isEqualTo("police.hk");
        assertThat(exchanged.getClaimAsString("preferred_username")).isEqualTo("police.hk");
        assertThat(exchanged.getClaimAsStringList("roles")).containsExactly("AGENCY_OFFICER");
        assertThat(exchanged.getClaimAsString("agency")).isEqualTo("police-hoan-kiem");
        assertThat(exchanged.getClaimAsMap("act")).containsEntry("sub", "referral-service");
        assertThat(exchanged.getAudience()).contains("gbv-api");
    }

    @Test
    void noOtherClientMayExchangeTokensAndOnlyTokensOfThisServerAreExchanged() throws Exception {
        String officer = passwordToken("police.hk", Map.of());

        assertThat(postToken(exchangeOf(officer), basic("followup-service", "followup-service-secret")).statusCode())
                .isEqualTo(400);
        assertThat(postToken(exchangeOf(officer + "x"), basic("referral-service", "referral-service-secret"))
                .statusCode()).isEqualTo(400);
    }

    private static Map<String, String> exchangeOf(String subjectToken) {
        return Map.of("grant_type", "urn:ietf:params:oauth:grant-type:token-exchange", "subject_token", subjectToken,
                "subject_token_type", "urn:ietf:params:oauth:token-type:access_token");
    }

    @Test
    void discoveryAdvertisesThePasswordGrant() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/.well-known/openid-configuration")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode discovery = json.readTree(response.body());
        assertThat(discovery.path("issuer").asString()).isEqualTo(baseUrl);
        assertThat(discovery.path("jwks_uri").asString()).isEqualTo(baseUrl + "/oauth2/jwks");
        assertThat(discovery.path("grant_types_supported").valueStream().map(JsonNode::asString))
                .contains("password", "client_credentials");
    }

    private static String passwordToken(String username, Map<String, String> extra) throws Exception {
        Map<String, String> form = new LinkedHashMap<>(Map.of(
                "grant_type", "password", "client_id", "gbv-cli", "username", username, "password", "demo"));
        form.putAll(extra);
        HttpResponse<String> response = postToken(form, null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json.readTree(response.body()).path("access_token").asString();
    }

    private static HttpResponse<String> postToken(Map<String, String> form, String authorization) throws Exception {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + "/oauth2/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String basic(String clientId, String secret) {
        return "Basic " + Base64.getEncoder().encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8));
    }
}

package vn.hanoi.gbv.localstack.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Security review F8: failed sign-ins at the token endpoint are throttled per user name and per client address, and
 * an unknown name costs as long as a wrong password, so neither the answer nor its time tells which names exist.
 * Two servers of its own: one with low limits to reach them, one with limits out of reach to measure times.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SignInProtectionTest {

    private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private static ConfigurableApplicationContext strict;
    private static ConfigurableApplicationContext lenient;

    @BeforeAll
    static void startServers() {
        strict = AuthorizationServerApplication.builder().run("--server.port=0",
                "--gbv.authserver.sign-in.max-failures-per-user=3", "--gbv.authserver.sign-in.max-failures-per-address=8");
        lenient = AuthorizationServerApplication.builder().run("--server.port=0",
                "--gbv.authserver.sign-in.max-failures-per-user=1000",
                "--gbv.authserver.sign-in.max-failures-per-address=1000");
    }

    @AfterAll
    static void stopServers() {
        for (var server : new ConfigurableApplicationContext[] {strict, lenient}) {
            if (server != null) {
                server.close();
            }
        }
    }

    @Test
    @Order(1)
    void afterThreeFailuresANameWaitsEvenWithTheRightPasswordKnownOrNot() throws Exception {
        for (int i = 0; i < 3; i++) {
            assertThat(signIn(strict, "hoa", "wrong-" + i).statusCode()).isEqualTo(400);
            assertThat(signIn(strict, "no-such-user", "wrong-" + i).statusCode()).isEqualTo(400);
        }

        HttpResponse<String> known = signIn(strict, "hoa", "demo");
        HttpResponse<String> unknown = signIn(strict, "no-such-user", "demo");

        assertThat(known.statusCode()).isEqualTo(429);
        assertThat(known.headers().firstValue("Retry-After")).hasValueSatisfying(seconds ->
                assertThat(Long.parseLong(seconds)).isPositive());
        assertThat(unknown.statusCode()).isEqualTo(429);
        assertThat(unknown.body()).isEqualTo(known.body());
        // Another name is not held up by hoa's failures (the address has 6 of its 8).
        assertThat(signIn(strict, "lan", "demo").statusCode()).isEqualTo(200);
    }

    @Test
    @Order(2)
    void guessingAcrossManyNamesFromOneAddressIsStoppedToo() throws Exception {
        // The strict server's address budget is shared with the test before (hence the order): this one spends
        // what is left of it, over names that were never tried, and then some.
        for (int i = 0; i < 10; i++) {
            signIn(strict, "guess-" + i, "demo");
        }

        assertThat(signIn(strict, "minh", "demo").statusCode()).isEqualTo(429);
    }

    @Test
    void anUnknownNameTakesAsLongAsAWrongPassword() throws Exception {
        // Warm up both paths (class loading, the first hash).
        signIn(lenient, "lan", "wrong");
        signIn(lenient, "nobody-at-all", "wrong");
        List<Long> known = new ArrayList<>();
        List<Long> unknown = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            known.add(timed("lan"));
            unknown.add(timed("nobody-" + i));
        }

        double ratio = (double) median(unknown) / Math.max(1, median(known));
        assertThat(ratio).as("unknown/known median time, %s vs %s ms", median(unknown), median(known))
                .isBetween(0.5, 2.0);
    }

    private static long timed(String username) throws Exception {
        long start = System.nanoTime();
        assertThat(signIn(lenient, username, "not-the-password").statusCode()).isEqualTo(400);
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    private static HttpResponse<String> signIn(ConfigurableApplicationContext server, String username, String password)
            throws Exception {
        String base = "http://localhost:" + server.getEnvironment().getProperty("local.server.port");
        String body = Map.of("grant_type", "password", "client_id", "gbv-cli", "username", username,
                        "password", password).entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return http.send(HttpRequest.newBuilder(URI.create(base + "/oauth2/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }
}

package vn.hanoi.gbv.localstack.demo;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A small HTTP client that talks to the running stack the way a person with curl would: it gets tokens from
 * the authorization server with the demo personas' passwords and calls the services' public APIs.
 */
public class GbvClient {

    /** An HTTP answer: status and parsed JSON body (or null). */
    public record Answer(int status, JsonNode body) {
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final JsonMapper json = JsonMapper.builder().build();
    private final String issuer;

    public GbvClient(String issuer) {
        this.issuer = issuer;
    }

    /** An access token for a demo persona, by the password grant of the public client {@code gbv-cli}. */
    public String login(String username, String password) {
        String form = "grant_type=password&client_id=gbv-cli&username=" + encode(username) + "&password="
                + encode(password);
        HttpRequest request = HttpRequest.newBuilder(URI.create(issuer + "/oauth2/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        Answer answer = send(request);
        if (answer.status() != 200) {
            throw new IllegalStateException("Login of " + username + " failed with " + answer.status());
        }
        return answer.body().get("access_token").asString();
    }

    public Answer get(String url, String token) {
        return send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
                .header("Accept", "application/json").GET().build());
    }

    public Answer post(String url, String token, String body) {
        return send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private Answer send(HttpRequest original) {
        // A stack that stopped answering must not hold a caller for ever.
        HttpRequest request = HttpRequest.newBuilder(original, (name, value) -> true).timeout(Duration.ofSeconds(60)).build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            String body = response.body();
            return new Answer(response.statusCode(), body == null || body.isBlank() ? null : json.readTree(body));
        } catch (IOException e) {
            throw new IllegalStateException("Cannot reach " + request.uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}

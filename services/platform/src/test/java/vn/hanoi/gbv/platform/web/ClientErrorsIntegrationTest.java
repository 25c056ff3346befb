package vn.hanoi.gbv.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Security review F6 and F12: every error a client can trigger, Tomcat's own included, is an
 * {@code application/problem+json} answer in Vietnamese or English, and leaves at most one log line, which
 * carries nothing the client sent.
 */
@ExtendWith(OutputCaptureExtension.class)
class ClientErrorsIntegrationTest extends ChassisIntegrationTest {

    private static final String MARKER = "zqxmarker";
    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void anEmptyParameterNameOnHealthIsA400ProblemAndNoStackTrace(CapturedOutput output) throws Exception {
        int before = output.getAll().length();

        HttpResponse<String> answer = send("GET", "/actuator/health?=" + MARKER, null);

        assertProblem(answer, 400, "Invalid request");
        assertThat(json.readTree(answer.body()).path("errors").get(0).path("field").asString()).isEqualTo("query");
        assertThat(requestLines(output::getAll, before)).hasSizeLessThanOrEqualTo(1)
                .noneMatch(line -> line.contains(MARKER));
    }

    /** Tomcat refuses these itself, before any filter: its stock valve answered an HTML page. */
    @ParameterizedTest
    @ValueSource(strings = {"/api/samples/a%2F" + MARKER, "/api/samples/a%00" + MARKER, "/api/samples/%ZZ" + MARKER})
    void pathsTomcatRefusesAre400ProblemsInTheCallersLanguage(String path, CapturedOutput output) throws Exception {
        int before = output.getAll().length();

        assertProblem(sendRaw(path), 400, "Invalid request");
        assertProblem(sendRaw(path, "Accept-Language: vi-VN,vi;q=0.9,en;q=0.5"), 400, "Yêu cầu không hợp lệ");

        assertThat(requestLines(output::getAll, before)).hasSizeLessThanOrEqualTo(2)
                .noneMatch(line -> line.contains(MARKER));
    }

    @Test
    void aHeaderOverTomcatsLimitIsA400Problem(CapturedOutput output) throws Exception {
        int before = output.getAll().length();

        HttpResponse<String> answer = send("GET", "/api/samples/x", null, "X-Padding", MARKER + "a".repeat(9000),
                "Accept-Language", "vi");

        assertProblem(answer, 400, "Yêu cầu không hợp lệ");
        assertThat(requestLines(output::getAll, before)).hasSizeLessThanOrEqualTo(1)
                .noneMatch(line -> line.contains(MARKER));
    }

    @Test
    void theErrorPageAskedForDirectlyIsA404ProblemNotA500() throws Exception {
        assertProblem(send("GET", "/error", null), 404, "Not found");
        assertProblem(send("POST", "/error", "{}", "Content-Type", "application/json"), 404, "Not found");
    }

    @Test
    void aPathTheFirewallRefusesIsA400Problem(CapturedOutput output) throws Exception {
        int before = output.getAll().length();

        assertProblem(send("GET", "/api/samples/;" + MARKER, null, "Accept-Language", "vi"), 400,
                "Yêu cầu không hợp lệ");
        assertThat(requestLines(output::getAll, before)).hasSizeLessThanOrEqualTo(1)
                .noneMatch(line -> line.contains(MARKER));
    }

    @Test
    void otherClientErrorsLeaveAtMostOneLineWithoutWhatWasSent(CapturedOutput output) throws Exception {
        String token = bearer(vn.hanoi.gbv.platform.testing.TestInfrastructure.tokens()
                .forUser("lan", "hoan-kiem", null, "COUNSELLOR"));
        int before = output.getAll().length();

        assertProblem(send("POST", "/api/samples", "{\"name\":\"" + MARKER, "Content-Type", "application/json",
                "Authorization", token), 400, "Invalid request");
        assertProblem(send("DELETE", "/api/samples/" + MARKER, null, "Authorization", token), 405,
                "Method not allowed");
        assertProblem(send("POST", "/api/samples", MARKER, "Content-Type", "text/plain", "Authorization", token), 415,
                "Unsupported media type");
        assertProblem(send("GET", "/api/" + MARKER, null, "Authorization", token), 404, "Not found");
        assertProblem(send("GET", "/api/samples/x", null, "Authorization", "Bearer " + MARKER), 401, "Not signed in");

        assertThat(requestLines(output::getAll, before)).hasSizeLessThanOrEqualTo(5)
                .noneMatch(line -> line.contains(MARKER));
    }

    private void assertProblem(HttpResponse<String> answer, int status, String title) {
        assertProblem(new RawAnswer(answer.statusCode(), answer.headers().firstValue("Content-Type").orElse(""),
                answer.body()), status, title);
    }

    private void assertProblem(RawAnswer answer, int status, String title) {
        assertThat(answer.status()).isEqualTo(status);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        JsonNode problem = json.readTree(answer.body());
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(problem.path("title").asString()).isEqualTo(title);
        // The path the client asked for may come back as the problem's instance; nothing else it sent does.
        problem.properties().stream().filter(property -> !property.getKey().equals("instance"))
                .forEach(property -> assertThat(property.getValue().toString()).doesNotContain(MARKER));
        assertThat(answer.body()).doesNotContainIgnoringCase("tomcat");
    }
}

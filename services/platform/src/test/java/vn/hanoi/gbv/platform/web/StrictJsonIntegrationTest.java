package vn.hanoi.gbv.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.hanoi.gbv.platform.testing.TestInfrastructure;

/**
 * Security review F10: JSON is read as it was written. Duplicate keys, strings for numbers or booleans, numbers for
 * strings or enums, fractions for integers, control characters and lone surrogates are refused with a 400 naming
 * the field, in every service (the setting is the chassis').
 */
class StrictJsonIntegrationTest extends ChassisIntegrationTest {

    private final JsonMapper json = JsonMapper.builder().build();
    private final String token = bearer(TestInfrastructure.tokens().forUser("lan", "hoan-kiem", null, "COUNSELLOR"));

    @Test
    void aWellFormedBodyIsTakenAsSent() throws Exception {
        HttpResponse<String> answer = post("{\"name\":\"Lan\\nHà Nội 😀\",\"count\":3,\"flag\":true,"
                + "\"on\":\"2026-01-02\",\"kind\":\"TWO\"}");

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(json.readTree(answer.body()).path("name").asString()).isEqualTo("Lan\nHà Nội 😀");
    }

    /** Each body is a valid one with one thing changed, so the change is what is refused. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "duplicate key|{\"name\":\"a\",\"count\":1,\"flag\":true,\"count\":2}",
            "string for an int|{\"name\":\"a\",\"count\":\"1990\",\"flag\":true}",
            "fraction for an int|{\"name\":\"a\",\"count\":1.5,\"flag\":true}",
            "string for a boolean|{\"name\":\"a\",\"count\":1,\"flag\":\"true\"}",
            "number for a boolean|{\"name\":\"a\",\"count\":1,\"flag\":1}",
            "number for a string|{\"name\":5,\"count\":1,\"flag\":true}",
            "boolean for a string|{\"name\":true,\"count\":1,\"flag\":true}",
            "number for an enum|{\"name\":\"a\",\"count\":1,\"flag\":true,\"kind\":0}",
            "NUL in a string|{\"name\":\"a\\u0000b\",\"count\":1,\"flag\":true}",
            "escape character in a string|{\"name\":\"a\\u001bb\",\"count\":1,\"flag\":true}",
            "lone high surrogate|{\"name\":\"a\\ud800b\",\"count\":1,\"flag\":true}",
            "lone low surrogate|{\"name\":\"a\\udc00\",\"count\":1,\"flag\":true}"})
    void isRefusedNamingTheField(String what, String body) throws Exception {
        HttpResponse<String> answer = post(body);

        assertThat(answer.statusCode()).as(what).isEqualTo(400);
        JsonNode error = json.readTree(answer.body()).path("errors").get(0);
        assertThat(error.path("field").asString()).as(what).isEqualTo(expectedField(body));
        assertThat(error.path("message").asString()).as(what).isNotBlank();
    }

    @Test
    void theValidBodyTheCasesChangeIsTaken() throws Exception {
        assertThat(post("{\"name\":\"a\",\"count\":1,\"flag\":true}").statusCode()).isEqualTo(200);
    }

    /** The field each changed body breaks: the one whose value was changed, or the one given twice. */
    private static String expectedField(String body) {
        if (body.contains("\"kind\":0")) {
            return "kind";
        }
        if (body.contains("\"count\":\"") || body.contains("\"count\":2") || body.contains("\"count\":1.5")) {
            return "count";
        }
        if (body.contains("\"flag\":\"") || body.contains("\"flag\":1")) {
            return "flag";
        }
        return "name";
    }

    @Test
    void theFieldOfACoercedValueIsNamed() throws Exception {
        JsonNode problem = json.readTree(post("{\"name\":\"a\",\"count\":\"1990\"}").body());

        assertThat(problem.path("errors").get(0).path("field").asString()).isEqualTo("count");
    }

    private HttpResponse<String> post(String body) throws Exception {
        return send("POST", "/api/samples", body, "Content-Type", "application/json", "Authorization", token);
    }
}

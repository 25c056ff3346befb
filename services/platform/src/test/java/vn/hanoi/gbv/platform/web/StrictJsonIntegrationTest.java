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

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "duplicate key|{\"name\":\"a\",\"count\":1,\"count\":2}",
            "string for an int|{\"name\":\"a\",\"count\":\"1990\"}",
            "fraction for an int|{\"name\":\"a\",\"count\":1.5}",
            "string for a boolean|{\"name\":\"a\",\"flag\":\"true\"}",
            "number for a boolean|{\"name\":\"a\",\"flag\":1}",
            "number for a string|{\"name\":5}",
            "boolean for a string|{\"name\":true}",
            "number for an enum|{\"name\":\"a\",\"kind\":0}",
            "NUL in a string|{\"name\":\"a\\u0000b\"}",
            "escape character in a string|{\"name\":\"a\\u001bb\"}",
            "lone high surrogate|{\"name\":\"a\\ud800b\"}",
            "lone low surrogate|{\"name\":\"a\\udc00\"}"})
    void isRefusedNamingTheField(String what, String body) throws Exception {
        HttpResponse<String> answer = post(body);

        assertThat(answer.statusCode()).as(what).isEqualTo(400);
        JsonNode error = json.readTree(answer.body()).path("errors").get(0);
        assertThat(error.path("field").asString()).as(what).isNotBlank();
        assertThat(error.path("message").asString()).as(what).isNotBlank();
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

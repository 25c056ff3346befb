package vn.hanoi.gbv.intake.cases;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import vn.hanoi.gbv.intake.IntakeIntegrationTest;
import vn.hanoi.gbv.intake.support.CaseBody;
import vn.hanoi.gbv.intake.support.TestData;

/**
 * Security review F11: a name that only looks the same (zero-width characters, letters of another script,
 * fullwidth letters, a right-to-left override) still points to the first case as a possible duplicate.
 */
class LookAlikeNamesIntegrationTest extends IntakeIntegrationTest {

    private final String ward = TestData.ward("hoan-kiem");

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "zero-width space and joiner|Nguy\u200Bễn Thị L\u200Dan",
            "Cyrillic look-alikes|Nguуễn Тhị Lаn",
            "fullwidth letters|Ｎｇｕｙễｎ Ｔｈị Ｌａｎ",
            "right-to-left override in front|\u202ENguyễn Thị Lan",
            "bidi isolates and a soft hyphen|\u2066Nguyễn\u2069 Thị La\u00ADn"})
    void pointsToTheCaseOfTheNameItImitates(String what, String lookAlike) throws Exception {
        String suffix = TestData.syllable(true);
        JsonNode first = registered(counsellor("lan", ward), CaseBody.minimal(ward, "Nguyễn Thị Lan " + suffix,
                "0" + TestData.mobileDigits(), 1987));

        JsonNode second = registered(counsellor("thu", ward), CaseBody.minimal(ward, lookAlike + " " + suffix,
                "0" + TestData.mobileDigits(), 1987));

        java.util.List<String> ids = new java.util.ArrayList<>();
        second.path("possibleDuplicates").forEach(duplicate -> ids.add(duplicate.path("id").asString()));
        assertThat(ids).as(what).contains(first.path("id").asString());
    }
}

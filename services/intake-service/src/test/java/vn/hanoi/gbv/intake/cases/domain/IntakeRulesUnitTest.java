package vn.hanoi.gbv.intake.cases.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.hanoi.gbv.events.IncidentType;
import vn.hanoi.gbv.events.RiskLevel;
import vn.hanoi.gbv.platform.domain.InvalidInput;

/** The small rules intake applies: classification order, risk rules, reporting delay, phone numbers, age bands. */
class IntakeRulesUnitTest {

    @Test
    void classificationTakesTheFirstTypeInGbvimsOrder() {
        assertThat(IncidentClassification.classify(List.of(IncidentType.PSYCHOLOGICAL_ABUSE, IncidentType.RAPE,
                IncidentType.PHYSICAL_ASSAULT))).isEqualTo(IncidentType.RAPE);
        assertThat(IncidentClassification.classify(List.of(IncidentType.PHYSICAL_ASSAULT,
                IncidentType.SEXUAL_ASSAULT))).isEqualTo(IncidentType.SEXUAL_ASSAULT);
        assertThat(IncidentClassification.classify(List.of(IncidentType.DENIAL_OF_RESOURCES,
                IncidentType.FORCED_MARRIAGE))).isEqualTo(IncidentType.FORCED_MARRIAGE);
        assertThat(IncidentClassification.classify(List.of(IncidentType.NON_GBV, IncidentType.PSYCHOLOGICAL_ABUSE)))
                .isEqualTo(IncidentType.PSYCHOLOGICAL_ABUSE);
        assertThat(IncidentClassification.classify(List.of(IncidentType.NON_GBV))).isEqualTo(IncidentType.NON_GBV);
        assertThatThrownBy(() -> IncidentClassification.classify(List.of())).isInstanceOf(InvalidInput.class);
    }

    @ParameterizedTest(name = "{0} with {1} -> {2}")
    @CsvSource({
            "LOW, '', LOW",
            "LOW, THREAT_TO_KILL PERPETRATOR_ACCESS, IMMEDIATE_DANGER",
            "LOW, STRANGULATION PERPETRATOR_ACCESS, IMMEDIATE_DANGER",
            "MEDIUM, WEAPON PERPETRATOR_ACCESS, IMMEDIATE_DANGER",
            "LOW, WEAPON, HIGH",
            "LOW, ESCALATION PERPETRATOR_ACCESS, HIGH",
            "LOW, PREGNANCY PERPETRATOR_ACCESS, HIGH",
            "LOW, CHILDREN_AT_RISK, MEDIUM",
            "LOW, ESCALATION, MEDIUM",
            "IMMEDIATE_DANGER, ESCALATION, IMMEDIATE_DANGER",
            "HIGH, PREGNANCY, HIGH"})
    void rulesRaiseButNeverLowerTheCounsellorsLevel(RiskLevel given, String indicators, RiskLevel expected) {
        Set<RiskIndicator> seen = EnumSet.noneOf(RiskIndicator.class);
        for (String indicator : indicators.split(" ")) {
            if (!indicator.isBlank()) {
                seen.add(RiskIndicator.valueOf(indicator));
            }
        }
        RiskAssessment assessment = RiskRules.assess(given, seen);

        assertThat(assessment.level()).isEqualTo(expected);
        assertThat(assessment.raisedBy().isEmpty()).isEqualTo(expected == given);
    }

    @ParameterizedTest(name = "{0} to {1} -> {2}")
    @CsvSource({
            "2026-11-01, 2026-11-01, DAYS_0_3",
            "2026-11-01, 2026-11-04, DAYS_0_3",
            "2026-11-01, 2026-11-05, DAYS_4_5",
            "2026-11-01, 2026-11-06, DAYS_4_5",
            "2026-11-01, 2026-11-07, DAYS_6_14",
            "2026-11-01, 2026-11-15, DAYS_6_14",
            "2026-11-01, 2026-11-16, WEEKS_2_TO_MONTH_1",
            "2026-11-01, 2026-12-01, WEEKS_2_TO_MONTH_1",
            "2026-11-01, 2026-12-02, OVER_1_MONTH",
            "2025-01-01, 2026-11-01, OVER_1_MONTH"})
    void reportingDelayBuckets(LocalDate incident, LocalDate reported, ReportingDelay expected) {
        assertThat(ReportingDelay.between(incident, reported)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"0912345678", "0912 345 678", "091.234.5678", "+84 912 345 678", "84912345678", "(+84) 912-345-678"})
    void vietnamesePhonesAreNormalisedToE164(String written) {
        assertThat(PhoneNumber.parse(written, "phone").e164()).isEqualTo("+84912345678");
    }

    @Test
    void landlinesKeepTheirAreaCodeAndNonsenseIsRefused() {
        assertThat(PhoneNumber.parse("024 3825 1234", "phone").e164()).isEqualTo("+842438251234");
        assertThatThrownBy(() -> PhoneNumber.parse("12345", "survivor.phone")).isInstanceOf(InvalidInput.class)
                .extracting("field").isEqualTo("survivor.phone");
        assertThatThrownBy(() -> PhoneNumber.parse("0012345678", "phone")).isInstanceOf(InvalidInput.class);
        assertThat(PhoneNumber.parse("0912345678", "phone").toString()).doesNotContain("912");
    }

    @Test
    void ageBandsAreTheGbvimsGroupsAtTheIncidentDate() {
        LocalDate incident = LocalDate.parse("2026-11-01");
        assertThat(AgeBand.of(2015, incident)).isEqualTo(AgeBand.AGE_0_11);
        assertThat(AgeBand.of(2009, incident)).isEqualTo(AgeBand.AGE_12_17);
        assertThat(AgeBand.of(2008, incident)).isEqualTo(AgeBand.AGE_18_25);
        assertThat(AgeBand.of(1986, incident)).isEqualTo(AgeBand.AGE_26_40);
        assertThat(AgeBand.of(1965, incident)).isEqualTo(AgeBand.AGE_61_PLUS);
    }
}

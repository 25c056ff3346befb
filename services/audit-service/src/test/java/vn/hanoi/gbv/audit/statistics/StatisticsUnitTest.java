package vn.hanoi.gbv.audit.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.YearMonth;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.hanoi.gbv.audit.statistics.domain.CaseTally;
import vn.hanoi.gbv.audit.statistics.domain.ReportPeriod;
import vn.hanoi.gbv.audit.statistics.domain.StatisticsReport;
import vn.hanoi.gbv.events.AgencyType;
import vn.hanoi.gbv.events.IncidentType;
import vn.hanoi.gbv.events.Need;
import vn.hanoi.gbv.events.RiskLevel;
import vn.hanoi.gbv.events.intake.CaseProfile;
import vn.hanoi.gbv.events.intake.CaseRegistered;
import vn.hanoi.gbv.events.intake.ConsentChanged;
import vn.hanoi.gbv.events.referral.ReferralAccepted;
import vn.hanoi.gbv.events.referral.ReferralCreated;
import vn.hanoi.gbv.platform.domain.InvalidInput;

class StatisticsUnitTest {

    // 23:30 UTC on 31 October is already November in Hanoi.
    private static final Instant AT = Instant.parse("2026-10-31T23:30:00Z");
    private static final CaseProfile CONSENTING = new CaseProfile("AGE_18_25", "FEMALE", Set.of("INTIMATE_PARTNER"),
            "HOTLINE_111", "DAYS_0_3", true);

    private static CaseRegistered registered(CaseProfile profile) {
        return new CaseRegistered("case-1", "GBV-1", "hoan-kiem", IncidentType.PHYSICAL_ASSAULT, RiskLevel.HIGH,
                Set.of(Need.POLICE), Set.of(AgencyType.POLICE), profile);
    }

    @Test
    void aConsentingCaseCountsInItsWardAndTheCityInTheMonthItWasRegisteredInHanoi() {
        CaseTally tally = CaseTally.empty("case-1").apply(registered(CONSENTING), AT);

        assertThat(tally.cells()).contains("2026-11|hoan-kiem|cases|ALL", "2026-11|*|cases|ALL",
                "2026-11|*|ward|hoan-kiem", "2026-11|hoan-kiem|incidentType|PHYSICAL_ASSAULT",
                "2026-11|hoan-kiem|context|INTIMATE_PARTNER", "2026-11|hoan-kiem|reportingDelay|DAYS_0_3")
                .doesNotContain("2026-11|hoan-kiem|ward|hoan-kiem").noneMatch(cell -> cell.contains("case-1"));
    }

    @Test
    void aCaseWithoutConsentOrWithoutProfileIsNotCounted() {
        var refusing = new CaseProfile("AGE_18_25", "FEMALE", Set.of(), null, "DAYS_0_3", false);

        assertThat(CaseTally.empty("case-1").apply(registered(refusing), AT).cells()).isEmpty();
        assertThat(CaseTally.empty("case-1").apply(registered(null), AT).cells()).isEmpty();
    }

    @Test
    void withdrawingConsentTakesTheCaseAndItsReferralsOutAndGivingItAgainPutsThemBack() {
        CaseTally counted = CaseTally.empty("case-1").apply(registered(CONSENTING), AT)
                .apply(new ReferralCreated("case-1", "r-1", "police-hk", AgencyType.POLICE, "hoan-kiem", Need.POLICE,
                        RiskLevel.HIGH), AT)
                .apply(new ReferralAccepted("case-1", "r-1", "police-hk", AgencyType.POLICE, "hoan-kiem", RiskLevel.HIGH),
                        AT.plusSeconds(86_400 * 40));
        assertThat(counted.cells()).contains("2026-11|hoan-kiem|referral|POLICE:ACCEPTED")
                .doesNotContain("2026-11|hoan-kiem|referral|POLICE:PENDING");

        CaseTally withdrawn = counted.apply(new ConsentChanged("case-1", "hoan-kiem", true, Set.of(), Set.of(), false,
                "SURVIVOR"), AT);
        assertThat(withdrawn.cells()).isEmpty();
        assertThat(withdrawn.apply(new ConsentChanged("case-1", "hoan-kiem", true, Set.of(), Set.of(), true,
                "SURVIVOR"), AT).cells()).containsExactlyInAnyOrderElementsOf(counted.cells());
    }

    @Test
    void cellsUnderFiveAreSuppressedAndMarkedZeroIsShown() {
        var report = StatisticsReport.of(ReportPeriod.of(YearMonth.of(2026, 1), YearMonth.of(2026, 3)), null,
                Map.of("sex|FEMALE", 12L, "sex|MALE", 4L, "sex|OTHER", 0L, "ageBand|AGE_0_11", 1L));

        assertThat(report.rows()).containsExactly(
                new StatisticsReport.Row("ageBand", "AGE_0_11", null, true),
                new StatisticsReport.Row("sex", "FEMALE", 12L, false),
                new StatisticsReport.Row("sex", "MALE", null, true),
                new StatisticsReport.Row("sex", "OTHER", 0L, false));
    }

    @Test
    void aPeriodIsAtMostFiveYearsAndNotInverted() {
        assertThat(ReportPeriod.of(YearMonth.of(2021, 1), YearMonth.of(2025, 12))).isNotNull();
        assertThatThrownBy(() -> ReportPeriod.of(YearMonth.of(2021, 1), YearMonth.of(2026, 1)))
                .isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> ReportPeriod.of(YearMonth.of(2026, 2), YearMonth.of(2026, 1)))
                .isInstanceOf(InvalidInput.class);
    }
}

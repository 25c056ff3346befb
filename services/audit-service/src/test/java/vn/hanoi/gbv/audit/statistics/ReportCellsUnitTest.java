package vn.hanoi.gbv.audit.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.hanoi.gbv.audit.statistics.domain.CaseTally;
import vn.hanoi.gbv.audit.statistics.domain.DurationBuckets;
import vn.hanoi.gbv.audit.statistics.domain.ReportPeriod;
import vn.hanoi.gbv.audit.statistics.domain.StatisticsReport;
import vn.hanoi.gbv.audit.statistics.domain.StatisticsReport.MedianRow;
import vn.hanoi.gbv.events.AgencyType;
import vn.hanoi.gbv.events.CaseEvent;
import vn.hanoi.gbv.events.IncidentType;
import vn.hanoi.gbv.events.Need;
import vn.hanoi.gbv.events.RiskLevel;
import vn.hanoi.gbv.events.followup.CaseClosed;
import vn.hanoi.gbv.events.followup.CaseReopened;
import vn.hanoi.gbv.events.followup.ClosureCause;
import vn.hanoi.gbv.events.followup.FollowUpOverdue;
import vn.hanoi.gbv.events.followup.ReopenCause;
import vn.hanoi.gbv.events.intake.CaseProfile;
import vn.hanoi.gbv.events.intake.CaseRegistered;
import vn.hanoi.gbv.events.intake.CaseVerified;
import vn.hanoi.gbv.events.intake.ConsentChanged;
import vn.hanoi.gbv.events.referral.ReferralAccepted;
import vn.hanoi.gbv.events.referral.ReferralCompleted;
import vn.hanoi.gbv.events.referral.ReferralCreated;
import vn.hanoi.gbv.events.referral.ReferralEscalated;

/** Median times, SLA breaches, overdue follow-ups and closures: as counter cells and as report lines. */
class ReportCellsUnitTest {

    private static final Instant REGISTERED = Instant.parse("2026-03-10T02:00:00Z"); // 09:00 in Hanoi
    private static final CaseProfile CONSENTING = new CaseProfile("AGE_18_25", "FEMALE", Set.of(), "HOTLINE_111",
            "DAYS_0_3", true);
    private static final String W = "hoan-kiem";

    private static CaseTally registered() {
        return CaseTally.empty("case-1").apply(new CaseRegistered("case-1", "GBV-1", W, IncidentType.RAPE,
                RiskLevel.HIGH, Set.of(Need.MEDICAL), Set.of(AgencyType.HEALTH), CONSENTING), REGISTERED);
    }

    private static CaseVerified verified() {
        return new CaseVerified("case-1", "GBV-1", W, IncidentType.RAPE, RiskLevel.HIGH, Set.of(Need.MEDICAL),
                Set.of(AgencyType.HEALTH), CONSENTING);
    }

    private static CaseEvent created(String referralId) {
        return new ReferralCreated("case-1", referralId, "health-hk", AgencyType.HEALTH, W, Need.MEDICAL, RiskLevel.HIGH);
    }

    private static CaseEvent accepted(String referralId) {
        return new ReferralAccepted("case-1", referralId, "health-hk", AgencyType.HEALTH, W, RiskLevel.HIGH);
    }

    @Test
    void timesCountInTheMonthOfRegistrationInFixedBucketsAndTheFirstAcceptanceIsKept() {
        CaseTally tally = registered()
                .apply(verified(), REGISTERED.plus(Duration.ofMinutes(95)))
                .apply(created("r-1"), REGISTERED.plus(Duration.ofMinutes(96)))
                .apply(created("r-2"), REGISTERED.plus(Duration.ofMinutes(96)))
                // accepted in April: still counts with the March registration
                .apply(accepted("r-2"), REGISTERED.plus(Duration.ofDays(25)))
                .apply(accepted("r-1"), REGISTERED.plus(Duration.ofHours(5)));

        assertThat(tally.cells()).contains("2026-03|hoan-kiem|registrationToVerification|60",
                "2026-03|*|registrationToVerification|60", "2026-03|hoan-kiem|registrationToFirstAcceptance|240")
                .filteredOn(cell -> cell.contains("registrationToFirstAcceptance")).hasSize(2);
    }

    @Test
    void anAcceptanceHeardOfBeforeTheRegistrationCountsOnceBothAreKnown() {
        CaseTally early = CaseTally.empty("case-1").apply(accepted("r-1"), REGISTERED.plus(Duration.ofMinutes(40)));
        assertThat(early.cells()).isEmpty();

        CaseTally known = early.apply(new CaseRegistered("case-1", "GBV-1", W, IncidentType.RAPE, RiskLevel.HIGH,
                Set.of(Need.MEDICAL), Set.of(AgencyType.HEALTH), CONSENTING), REGISTERED);
        assertThat(known.cells()).contains("2026-03|hoan-kiem|registrationToFirstAcceptance|30",
                "2026-03|hoan-kiem|referral|HEALTH:ACCEPTED");
    }

    @Test
    void breachesOverdueFollowUpsAndClosuresCountInTheMonthTheyHappenedOnlyWhileConsentStands() {
        Instant april = Instant.parse("2026-04-02T03:00:00Z");
        CaseTally tally = registered().apply(created("r-1"), REGISTERED)
                .apply(new ReferralEscalated("case-1", "r-1", "health-hk", AgencyType.HEALTH, W, RiskLevel.HIGH,
                        april), april)
                .apply(new ReferralEscalated("case-1", "r-1", "health-hk", AgencyType.HEALTH, W, RiskLevel.HIGH,
                        april), april.plusSeconds(3_600)) // the same breach told twice counts once
                .apply(new ReferralCompleted("case-1", "r-1", "health-hk", AgencyType.HEALTH, W,
                        ReferralCompleted.Outcome.SERVICE_PROVIDED), april)
                .apply(new FollowUpOverdue("case-1", "f-1", "FIRST_SAFETY_CHECK", W, RiskLevel.HIGH, april), april)
                .apply(new CaseClosed("case-1", W, ClosureCause.SERVICES_COMPLETED, "lan"), april)
                .apply(new CaseReopened("case-1", W, ReopenCause.NEW_INCIDENT), april.plusSeconds(60))
                .apply(new CaseClosed("case-1", W, ClosureCause.LOST_CONTACT, "lan"), april.plusSeconds(120));

        assertThat(tally.cells()).contains("2026-04|hoan-kiem|slaBreach|HEALTH", "2026-04|*|slaBreach|HEALTH",
                "2026-03|hoan-kiem|referral|HEALTH:SERVICE_PROVIDED",
                "2026-04|hoan-kiem|followUpOverdue|FIRST_SAFETY_CHECK",
                "2026-04|hoan-kiem|closure|SERVICES_COMPLETED", "2026-04|hoan-kiem|closure|LOST_CONTACT")
                .filteredOn(cell -> cell.contains("slaBreach")).hasSize(2);

        assertThat(tally.apply(new ConsentChanged("case-1", W, true, Set.of(), Set.of(), false, "SURVIVOR"), april)
                .cells()).isEmpty();
    }

    @Test
    void theMedianIsReadFromTheCumulativeHistogramAndInterpolatedWithinItsBucket() {
        // 3 cases in [0, 15) min, 4 in [60, 120), 3 in [120, 180): the 5th of 10 is in [60, 120)
        var median = DurationBuckets.median("m", Map.of("0", 3L, "60", 4L, "120", 3L));

        assertThat(median.cases()).isEqualTo(10);
        assertThat(median.fromMinutes()).isEqualTo(60);
        assertThat(median.toMinutes()).isEqualTo(120);
        assertThat(median.estimateMinutes()).isEqualTo(90); // 60 + (5 - 3) / 4 * 60
        assertThat(DurationBuckets.bucketOf(Duration.ofDays(45))).isEqualTo("43200");
        assertThat(DurationBuckets.median("m", Map.of("43200", 6L)).toMinutes()).isNull();
        assertThat(DurationBuckets.bucketOf(Duration.ofMinutes(-3))).isEqualTo("0");
    }

    @Test
    void aMedianOfFewerThanFiveCasesIsSuppressedAndHistogramsAreNotRows() {
        Map<String, Long> sums = new HashMap<>(Map.of("cases|ALL", 9L, "slaBreach|POLICE", 2L, "closure|OTHER", 5L));
        sums.put("registrationToVerification|60", 4L);
        sums.put("registrationToVerification|120", 3L);
        sums.put("registrationToFirstAcceptance|240", 3L);
        var report = StatisticsReport.of(ReportPeriod.of(YearMonth.of(2026, 1), YearMonth.of(2026, 12)), null, sums);

        assertThat(report.rows()).extracting(StatisticsReport.Row::dimension)
                .containsExactly("cases", "closure", "slaBreach");
        assertThat(report.rows()).filteredOn(row -> row.dimension().equals("slaBreach"))
                .containsExactly(new StatisticsReport.Row("slaBreach", "POLICE", null, true));
        // 3.5 of 7 cases into the 4 of [60, 120): 60 + 3.5 / 4 * 60
        assertThat(report.medians()).containsExactly(
                new MedianRow("registrationToVerification", 7L, 60L, 120L, 113L, false),
                new MedianRow("registrationToFirstAcceptance", null, null, null, null, true));
        assertThat(List.of(report.toString())).noneMatch(text -> text.contains("case-"));
    }
}

package vn.hanoi.gbv.audit.statistics.adapters.persistence;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import vn.hanoi.gbv.audit.statistics.application.StatisticsCounting;
import vn.hanoi.gbv.audit.statistics.application.StatisticsReporting;
import vn.hanoi.gbv.audit.statistics.domain.CaseTally;
import vn.hanoi.gbv.audit.statistics.domain.CounterMoves;
import vn.hanoi.gbv.audit.statistics.domain.ReportPeriod;
import vn.hanoi.gbv.audit.statistics.domain.StatisticsReport;
import vn.hanoi.gbv.events.Actor;
import vn.hanoi.gbv.events.AgencyType;
import vn.hanoi.gbv.events.CaseEvent;
import vn.hanoi.gbv.events.EventEnvelope;
import vn.hanoi.gbv.events.IncidentType;
import vn.hanoi.gbv.events.Need;
import vn.hanoi.gbv.events.RiskLevel;
import vn.hanoi.gbv.events.followup.CaseClosed;
import vn.hanoi.gbv.events.followup.ClosureCause;
import vn.hanoi.gbv.events.followup.FollowUpOverdue;
import vn.hanoi.gbv.events.intake.CaseProfile;
import vn.hanoi.gbv.events.intake.CaseRegistered;
import vn.hanoi.gbv.events.intake.CaseVerified;
import vn.hanoi.gbv.events.referral.ReferralAccepted;
import vn.hanoi.gbv.events.referral.ReferralCreated;
import vn.hanoi.gbv.events.referral.ReferralDeclined;
import vn.hanoi.gbv.events.referral.ReferralEscalated;
import vn.hanoi.gbv.platform.testing.TestInfrastructure;

/**
 * The yearly statistics report over a million synthetic consenting cases, against mongo-java-server (in
 * memory, over the wire protocol). Not a test (it asserts nothing) and excluded from the build; run with
 * {@code mvn -pl services/audit-service test -Dtests.excluded-groups=docker -Dtest=StatisticsBenchmark
 * -Dsurefire.failIfNoSpecifiedTests=false}.
 *
 * <p>Filling the counters: every synthetic case goes through the real domain code ({@link CaseTally#apply} for
 * each of its events, then {@link CaseTally#cells()}), and the cells of all cases are summed in memory and
 * written with the real {@code MongoTallies.move}, one write per counter document. That is what the counting path leaves
 * behind, without its per-event round trips (read the tally, save it, one upsert per changed cell), which would
 * take hours for a million cases: their rate is measured on a sample and printed too. The per-case tallies
 * ({@code statistics_cases}) are not written for the million: a report never reads them.
 */
@Tag("benchmark")
class StatisticsBenchmark {

    private static final int CASES = 1_000_000;
    private static final int SAMPLE_CASES = 500;
    private static final List<String> WARDS = List.of("hoan-kiem", "suoi-hai", "ba-vi", "my-duc");
    private static final int YEAR = 2025;
    private static final Actor LAN = new Actor("lan", "COUNSELLOR", null, null);

    @Test
    void yearlyReportOverAMillionCases() {
        try (MongoClient client = MongoClients.create(TestInfrastructure.mongoAddress())) {
            MongoTemplate mongo = new MongoTemplate(client, "audit-benchmark-" + UUID.randomUUID());
            MongoTallies tallies = new MongoTallies(mongo);

            // 1. The real counting path, event by event, on a sample: its rate.
            StatisticsCounting counting = new StatisticsCounting(tallies);
            SplittableRandom sampleRandom = new SplittableRandom(7);
            int events = 0;
            long start = System.nanoTime();
            for (int i = 0; i < SAMPLE_CASES; i++) {
                for (var event : syntheticCase("sample-" + i, sampleRandom)) {
                    counting.count(new EventEnvelope<>(UUID.randomUUID(), event.payload().getClass().getSimpleName(),
                            "sample-" + i, event.at(), LAN, 2, "t", "bench", event.payload()));
                    events++;
                }
            }
            double sampleSeconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("counting path: %d cases, %d events in %.1f s = %.2f ms per event (%.0f events/s)%n",
                    SAMPLE_CASES, events, sampleSeconds, sampleSeconds * 1000 / events, events / sampleSeconds);
            mongo.dropCollection(MongoTallies.COUNTERS);
            mongo.dropCollection(MongoTallies.CASES);
            tallies = new MongoTallies(mongo);

            // 2. A million cases through the domain code, their cells summed, the counters written.
            SplittableRandom random = new SplittableRandom(42);
            Map<String, Long> counters = new HashMap<>();
            long cells = 0;
            int allEvents = 0;
            start = System.nanoTime();
            for (int i = 0; i < CASES; i++) {
                String caseId = "case-" + i;
                CaseTally tally = CaseTally.empty(caseId);
                for (var event : syntheticCase(caseId, random)) {
                    tally = tally.apply(event.payload(), event.at());
                    allEvents++;
                }
                for (String cell : tally.cells()) {
                    counters.merge(cell, 1L, Long::sum);
                    cells++;
                }
            }
            long computed = System.nanoTime();
            Map<String, Map<String, Long>> byCounter = new HashMap<>();
            counters.forEach((cell, count) -> {
                String[] parts = cell.split("\\|", 3);
                byCounter.computeIfAbsent(parts[0] + "|" + parts[1], key -> new HashMap<>()).put(parts[2], count);
            });
            tallies.move(List.of(new CounterMoves("benchmark@0", "benchmark", byCounter)));
            long written = System.nanoTime();
            System.out.printf("%,d cases, %,d events, %,d cell increments -> %,d counters: domain code %.1f s, "
                    + "writing the counters %.1f s%n", CASES, allEvents, cells, counters.size(), (computed - start) / 1e9,
                    (written - computed) / 1e9);

            System.out.printf("a yearly report reads %,d counters city-wide, %,d for hoan-kiem%n",
                    counters.keySet().stream().filter(c -> c.contains("|" + CaseTally.CITY + "|")).count(),
                    counters.keySet().stream().filter(c -> c.contains("|hoan-kiem|")).count());

            // 3. The yearly report: city-wide and for each ward, a few rounds.
            StatisticsReporting reporting = new StatisticsReporting(tallies);
            ReportPeriod year = ReportPeriod.of(YearMonth.of(YEAR, 1), YearMonth.of(YEAR, 12));
            for (int round = 0; round < 5; round++) {
                long t0 = System.nanoTime();
                StatisticsReport city = reporting.report(year, null);
                long t1 = System.nanoTime();
                StringBuilder wards = new StringBuilder();
                for (String ward : WARDS) {
                    long w0 = System.nanoTime();
                    reporting.report(year, ward);
                    wards.append(String.format(" %s %.0f ms", ward, (System.nanoTime() - w0) / 1e6));
                }
                System.out.printf("round %d: yearly city report %.0f ms (%d rows, cases=%s, medians=%s);%s%n", round,
                        (t1 - t0) / 1e6, city.rows().size(), city.rows().stream()
                                .filter(r -> r.dimension().equals("cases")).findFirst().orElseThrow().count(),
                        city.medians(), wards);
            }
            long quarter0 = System.nanoTime();
            reporting.report(ReportPeriod.of(YearMonth.of(YEAR, 4), YearMonth.of(YEAR, 6)), "ba-vi");
            long month0 = System.nanoTime();
            reporting.report(ReportPeriod.of(YearMonth.of(YEAR, 11), YearMonth.of(YEAR, 11)), null);
            long end = System.nanoTime();
            System.out.printf("quarterly ward report %.0f ms; monthly city report %.0f ms%n",
                    (month0 - quarter0) / 1e6, (end - month0) / 1e6);
        }
    }

    record Timed(CaseEvent payload, Instant at) {
    }

    private static final IncidentType[] TYPES = IncidentType.values();
    private static final AgencyType[] AGENCIES = {AgencyType.POLICE, AgencyType.HEALTH, AgencyType.LEGAL_AID,
        AgencyType.SHELTER, AgencyType.PSYCHOSOCIAL, AgencyType.PEOPLES_COMMITTEE};
    private static final String[] AGES = {"AGE_0_11", "AGE_12_17", "AGE_18_25", "AGE_26_40", "AGE_41_60",
        "AGE_61_PLUS"};
    private static final String[] SEXES = {"FEMALE", "FEMALE", "FEMALE", "FEMALE", "MALE", "OTHER"};
    private static final String[] CONTEXTS = {"INTIMATE_PARTNER", "OTHER_FAMILY", "CHILD_SEXUAL_ABUSE",
        "WORKPLACE_HARASSMENT", "TECHNOLOGY_FACILITATED"};
    private static final String[] SOURCES = {"HOTLINE_111", "WOMENS_UNION", "POLICE", "HEALTH", "SELF", "ONLINE"};
    private static final String[] DELAYS = {"DAYS_0_3", "DAYS_4_5", "DAYS_6_14", "WEEKS_2_TO_MONTH_1",
        "OVER_1_MONTH"};
    private static final ClosureCause[] CAUSES = ClosureCause.values();

    /**
     * One consenting case registered in {@link #YEAR}: verified after minutes to days, one to three referrals,
     * most accepted, some declined, one in ten escalated; some follow-ups overdue; most closed.
     */
    static List<Timed> syntheticCase(String caseId, SplittableRandom random) {
        String ward = WARDS.get(random.nextInt(WARDS.size()));
        Instant registered = LocalDateTime.of(YEAR, 1 + random.nextInt(12), 1 + random.nextInt(28),
                random.nextInt(24), random.nextInt(60)).atZone(CaseTally.HANOI).toInstant();
        CaseProfile profile = new CaseProfile(AGES[random.nextInt(AGES.length)], SEXES[random.nextInt(SEXES.length)],
                Set.of(CONTEXTS[random.nextInt(CONTEXTS.length)]), SOURCES[random.nextInt(SOURCES.length)],
                DELAYS[random.nextInt(DELAYS.length)], true);
        IncidentType type = TYPES[random.nextInt(TYPES.length)];
        List<Timed> events = new java.util.ArrayList<>();
        events.add(new Timed(new CaseRegistered(caseId, "GBV-" + caseId, ward, type, RiskLevel.MEDIUM,
                Set.of(Need.POLICE), Set.of(AgencyType.POLICE), profile), registered));
        // minutes to a few days, most within a day
        Instant verified = registered.plus(Duration.ofMinutes((long) Math.exp(random.nextDouble() * Math.log(7_200))));
        events.add(new Timed(new CaseVerified(caseId, "GBV-" + caseId, ward, type, RiskLevel.MEDIUM,
                Set.of(Need.POLICE), Set.of(AgencyType.POLICE), profile), verified));
        int referrals = 1 + random.nextInt(3);
        for (int r = 0; r < referrals; r++) {
            String referralId = caseId + "-r" + r;
            AgencyType agency = AGENCIES[random.nextInt(AGENCIES.length)];
            Instant made = verified.plusSeconds(30);
            events.add(new Timed(new ReferralCreated(caseId, referralId, "agency", agency, ward, Need.POLICE,
                    RiskLevel.MEDIUM), made));
            if (random.nextInt(10) == 0) {
                events.add(new Timed(new ReferralEscalated(caseId, referralId, "agency", agency, ward,
                        RiskLevel.MEDIUM, made.plus(Duration.ofHours(24))), made.plus(Duration.ofHours(24))));
            }
            Instant answered = made.plus(Duration.ofMinutes(5 + random.nextInt(3 * 24 * 60)));
            events.add(new Timed(random.nextInt(8) == 0
                    ? new ReferralDeclined(caseId, referralId, "agency", agency, ward)
                    : new ReferralAccepted(caseId, referralId, "agency", agency, ward, RiskLevel.MEDIUM), answered));
        }
        if (random.nextInt(6) == 0) {
            events.add(new Timed(new FollowUpOverdue(caseId, caseId + "-f1", "FIRST_SAFETY_CHECK", ward,
                    RiskLevel.MEDIUM, verified.plus(Duration.ofDays(3))), verified.plus(Duration.ofDays(3))));
        }
        if (random.nextInt(10) < 6) {
            events.add(new Timed(new CaseClosed(caseId, ward, CAUSES[random.nextInt(CAUSES.length)], "lan"),
                    verified.plus(Duration.ofDays(20 + random.nextInt(60)))));
        }
        return events;
    }
}

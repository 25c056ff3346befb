package vn.hanoi.gbv.audit.statistics.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import vn.hanoi.gbv.audit.statistics.application.StatisticsCounting;
import vn.hanoi.gbv.audit.statistics.domain.CaseTally;
import vn.hanoi.gbv.audit.statistics.domain.CounterMoves;
import vn.hanoi.gbv.audit.statistics.domain.ReportPeriod;
import vn.hanoi.gbv.audit.statistics.domain.Tallies;
import vn.hanoi.gbv.events.Actor;
import vn.hanoi.gbv.events.AgencyType;
import vn.hanoi.gbv.events.CaseEvent;
import vn.hanoi.gbv.events.EventEnvelope;
import vn.hanoi.gbv.events.IncidentType;
import vn.hanoi.gbv.events.Need;
import vn.hanoi.gbv.events.RiskLevel;
import vn.hanoi.gbv.events.intake.CaseProfile;
import vn.hanoi.gbv.events.intake.CaseRegistered;
import vn.hanoi.gbv.platform.testing.TestInfrastructure;

/**
 * A crash between saving a case's tally and moving the counters, or between moving them and settling, costs
 * nothing: when the event is delivered again (its offset was never committed), the case is counted exactly once.
 * The crash is a failure injected into the store at that point, on the real wire server.
 */
class StatisticsExactlyOnceIntegrationTest {

    private static final Instant NOVEMBER = Instant.parse("2026-11-10T03:00:00Z");
    private static final ReportPeriod MONTH = ReportPeriod.of(YearMonth.of(2026, 11), YearMonth.of(2026, 11));

    private MongoClient client;
    private MongoTallies stored;

    @BeforeEach
    void store() {
        client = MongoClients.create(TestInfrastructure.mongoAddress());
        stored = new MongoTallies(new MongoTemplate(client, "audit-exactly-once-" + UUID.randomUUID()));
    }

    @AfterEach
    void close() {
        client.close();
    }

    @Test
    void aCrashAfterSavingTheTallyAndBeforeMovingTheCountersCountsTheCaseOnceOnRedelivery() {
        var registered = registration();

        assertThatThrownBy(() -> new StatisticsCounting(crashing(Step.MOVE)).count(registered))
                .isInstanceOf(Crash.class);
        assertThat(casesCounted()).isZero();

        new StatisticsCounting(stored).count(registered); // the redelivery
        new StatisticsCounting(stored).count(registered); // and another, for good measure

        assertThat(casesCounted()).isEqualTo(1);
        assertThat(stored.find(List.of(registered.caseId())).get(registered.caseId()).pending()).isNull();
    }

    @Test
    void aCrashAfterMovingTheCountersAndBeforeSettlingCountsTheCaseOnce() {
        var registered = registration();

        assertThatThrownBy(() -> new StatisticsCounting(crashing(Step.SETTLE)).count(registered))
                .isInstanceOf(Crash.class);
        assertThat(casesCounted()).isEqualTo(1);

        new StatisticsCounting(stored).count(registered);

        assertThat(casesCounted()).isEqualTo(1);
    }

    @Test
    void movesLeftPendingByACrashAreAppliedWhenTheCaseIsNextCountedByAnotherEvent() {
        var first = registration();
        var second = registration();

        assertThatThrownBy(() -> new StatisticsCounting(crashing(Step.MOVE)).count(first)).isInstanceOf(Crash.class);
        // Not the same event, but one of another case in the same batch: the first case is not in it, so it
        // waits; then its own redelivery arrives with the second case's event.
        new StatisticsCounting(stored).count(List.of(second, first));

        assertThat(casesCounted()).isEqualTo(2);
    }

    private long casesCounted() {
        return stored.sums(MONTH, CaseTally.CITY).getOrDefault("cases|ALL", 0L);
    }

    private static EventEnvelope<CaseEvent> registration() {
        String caseId = UUID.randomUUID().toString();
        var profile = new CaseProfile("AGE_18_24", "FEMALE", Set.of(), "SELF", "WITHIN_72_HOURS", true);
        var event = new CaseRegistered(caseId, "GBV-X", "hoan-kiem", IncidentType.PHYSICAL_ASSAULT, RiskLevel.HIGH,
                Set.of(Need.POLICE), Set.of(AgencyType.POLICE), profile);
        return new EventEnvelope<>(UUID.randomUUID(), "CaseRegistered", caseId, NOVEMBER,
                new Actor("lan", "COUNSELLOR", "hoan-kiem", null), 2, "trace", "intake-service", event);
    }

    private enum Step { MOVE, SETTLE }

    private static final class Crash extends RuntimeException {
    }

    /** The real store, except that the process "dies" when it reaches {@code step}. */
    private Tallies crashing(Step step) {
        return new Tallies() {
            @Override
            public Map<String, Stored> find(Collection<String> caseIds) {
                return stored.find(caseIds);
            }

            @Override
            public boolean save(CaseTally tally, List<String> counted, long expectedVersion, CounterMoves moves) {
                return stored.save(tally, counted, expectedVersion, moves);
            }

            @Override
            public void move(List<CounterMoves> moves) {
                if (step == Step.MOVE) {
                    throw new Crash();
                }
                stored.move(moves);
            }

            @Override
            public void settle(List<CounterMoves> moves) {
                if (step == Step.SETTLE) {
                    throw new Crash();
                }
                stored.settle(moves);
            }

            @Override
            public Map<String, Long> sums(ReportPeriod period, String ward) {
                return stored.sums(period, ward);
            }
        };
    }
}

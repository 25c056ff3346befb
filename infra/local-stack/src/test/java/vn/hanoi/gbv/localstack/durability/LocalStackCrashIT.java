package vn.hanoi.gbv.localstack.durability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nothing acknowledged is lost: the real local-stack jar, as {@code run.sh} starts it, is killed with SIGKILL at
 * three points and stopped gracefully once, each time started again on the same data directory. Then, for every
 * case the stack acknowledged, its referrals and first follow-up exist, its audit timeline holds each of its
 * events exactly once with an intact, signed chain, and the statistics count every case exactly once.
 *
 * <p>The crash points: right after the last verification was acknowledged (the outboxes are still full); in the
 * middle of a burst, while requests are in flight and the relays publish; and while audit is behind (the newest
 * case's timeline still incomplete). The graceful stop comes while the consumers are behind too.
 */
class LocalStackCrashIT {

    @TempDir
    Path dataDir;

    /** Case id → whether its verification was acknowledged; only acknowledged registrations are in it. */
    private final Map<String, Boolean> acknowledged = new ConcurrentHashMap<>();

    @Test
    void everyAcknowledgedCaseIsCompleteExactlyOnceAfterKillsAndAGracefulStop() throws Exception {
        YearMonth firstMonth = YearMonth.now(FlowCheck.HANOI);
        int kills = 0;
        try (StackProcess stack = new StackProcess(dataDir, Path.of("target", "crash-test")).start()) {
            // 1. Right after verifications are acknowledged: their events are still in the outboxes.
            new CaseWorkload(stack.endpoints(), acknowledged).run(12, 3, () -> false);
            stack.kill();
            kills++;

            // 2. In the middle of a burst: requests in flight, relays publishing, consumers handling.
            stack.start();
            CaseWorkload burst = new CaseWorkload(stack.endpoints(), acknowledged);
            int before = verifiedCount();
            burst.runUntilKilled(40, 6, () -> verifiedCount() >= before + 10, stack);
            kills++;

            // 3. While audit is behind: kill as soon as the newest verified case lacks entries on its timeline.
            stack.start();
            CaseWorkload behind = new CaseWorkload(stack.endpoints(), acknowledged);
            behind.run(20, 6, () -> false);
            String newest = behind.lastVerified();
            String supervisor = behind.client.login("supervisor", "demo");
            boolean wasBehind = FlowCheck.timelineTypes(behind.client, stack.endpoints(), supervisor, newest).size() < 6;
            stack.kill();
            kills++;

            // 4. A graceful stop (Ctrl-C) right after a last burst, consumers still busy.
            stack.start();
            new CaseWorkload(stack.endpoints(), acknowledged).run(12, 4, () -> false);
            stack.stopGracefully();

            stack.start();
            FlowCheck.Report report = FlowCheck.converge(stack.endpoints(), firstMonth, acknowledged);
            System.out.printf("crash test: %d cases acknowledged (%d verified), %d kills (audit behind at the third: %s)"
                    + " and 1 graceful stop; %d cases in the store; events lost %d, timeline entries doubled %d,"
                    + " statistics double counts %d%n", acknowledged.size(), verifiedCount(), kills, wasBehind,
                    report.casesInStore(), report.lost(), report.doubled(), report.statisticsDifference());
            assertThat(report.lost()).as("events lost").isZero();
            assertThat(report.doubled()).as("timeline entries doubled").isZero();
            assertThat(report.statisticsDifference()).as("statistics miscounts").isZero();
        }
    }

    private int verifiedCount() {
        return (int) acknowledged.values().stream().filter(v -> v).count();
    }

}

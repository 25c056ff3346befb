package vn.hanoi.gbv.followup.followups.adapters;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import vn.hanoi.gbv.events.RiskLevel;
import vn.hanoi.gbv.followup.FollowupIntegrationTest;
import vn.hanoi.gbv.followup.followups.application.OverdueWatch;

/** Due, then overdue, then escalated: exactly once each, whatever the passes and however many run at once. */
class OverdueWatchIntegrationTest extends FollowupIntegrationTest {

    @Autowired
    OverdueWatch watch;

    private List<String> watchEvents(String caseId) {
        return publishedTypes(caseId).stream().filter(type -> !type.equals("FollowUpScheduled")).toList();
    }

    @Test
    void aFollowUpPastDueIsAnnouncedOnceAndEscalatedOnceADayLater() throws Exception {
        String caseId = verifiedCase(newWard(), RiskLevel.HIGH);

        clock.advance(Duration.ofHours(71));
        watch.passNow();
        assertThat(watchEvents(caseId)).as("still due").isEmpty();

        clock.advance(Duration.ofHours(2));
        watch.passNow();
        watch.passNow();
        assertThat(watchEvents(caseId)).containsExactly("FollowUpOverdue");

        // 94 h after verification: overdue for 22 h, not yet a day.
        clock.advance(Duration.ofHours(21));
        watch.passNow();
        assertThat(watchEvents(caseId)).as("not yet a day overdue").containsExactly("FollowUpOverdue");

        clock.advance(Duration.ofHours(3));
        watch.passNow();
        watch.passNow();
        assertThat(watchEvents(caseId)).containsExactly("FollowUpOverdue", "FollowUpEscalated");
        JsonNode escalated = published(caseId, "FollowUpEscalated").get(0);
        assertThat(escalated.at("/payload/escalatedTo").asString()).isEqualTo("SUPERVISOR");
        assertThat(escalated.at("/actor/id").asString()).isEqualTo("followup-service");
    }

    @Test
    void aFollowUpFoundLongOverdueAfterAnOutageIsAnnouncedThenEscalatedInOnePass() throws Exception {
        String caseId = verifiedCase(newWard(), RiskLevel.IMMEDIATE_DANGER);
        clock.advance(Duration.ofDays(5));

        watch.passNow();

        assertThat(watchEvents(caseId)).containsExactly("FollowUpOverdue", "FollowUpEscalated");
    }

    @Test
    void twoInstancesPassingAtTheSameTimeAnnounceEachStepOnce() throws Exception {
        List<String> cases = List.of(verifiedCase(newWard(), RiskLevel.IMMEDIATE_DANGER),
                verifiedCase(newWard(), RiskLevel.IMMEDIATE_DANGER), verifiedCase(newWard(), RiskLevel.HIGH));
        ExecutorService instances = Executors.newFixedThreadPool(2);
        try {
            for (Duration step : List.of(Duration.ofHours(73), Duration.ofHours(25))) {
                clock.advance(step);
                CyclicBarrier together = new CyclicBarrier(2);
                CompletableFuture<?> one = CompletableFuture.runAsync(() -> passAfter(together), instances);
                CompletableFuture<?> two = CompletableFuture.runAsync(() -> passAfter(together), instances);
                CompletableFuture.allOf(one, two).get();
            }
        } finally {
            instances.shutdown();
        }

        for (String caseId : cases) {
            assertThat(watchEvents(caseId)).as(caseId).containsExactly("FollowUpOverdue", "FollowUpEscalated");
        }
    }

    private void passAfter(CyclicBarrier together) {
        try {
            together.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        watch.passNow();
    }
}

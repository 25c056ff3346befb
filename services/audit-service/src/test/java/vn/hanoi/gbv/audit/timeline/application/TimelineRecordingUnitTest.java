package vn.hanoi.gbv.audit.timeline.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.hanoi.gbv.audit.timeline.domain.AppendOutcome;
import vn.hanoi.gbv.audit.timeline.domain.DevCheckpointKey;
import vn.hanoi.gbv.audit.timeline.domain.InMemoryCheckpoints;
import java.util.Optional;
import vn.hanoi.gbv.audit.timeline.domain.InMemoryTimelines;
import vn.hanoi.gbv.audit.timeline.domain.TimelineEntry;
import vn.hanoi.gbv.events.Actor;
import vn.hanoi.gbv.events.CaseEvent;
import vn.hanoi.gbv.events.EventEnvelope;
import vn.hanoi.gbv.events.intake.CaseRejected;

class TimelineRecordingUnitTest {

    private static final Instant NOW = Instant.parse("2026-11-20T08:00:00Z");
    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private final InMemoryCheckpoints checkpoints = new InMemoryCheckpoints();

    private static EventEnvelope<CaseEvent> rejected(String caseId) {
        return new EventEnvelope<>(UUID.randomUUID(), "CaseRejected", caseId, NOW, Actor.service("intake-service"), 1,
                "t", "intake-service", new CaseRejected(caseId, "hoan-kiem"));
    }

    @Test
    void anEventDeliveredTwiceIsRecordedOnce() {
        var timelines = new InMemoryTimelines();
        var recording = new TimelineRecording(timelines, checkpoints, DevCheckpointKey.signer(), clock);
        var event = rejected("case-1");

        recording.record(event);
        recording.record(event);

        assertThat(timelines.ofCase("case-1")).extracting(TimelineEntry::seq).containsExactly(1L);
        assertThat(checkpoints.added).singleElement().satisfies(c -> {
            assertThat(c.seq()).isEqualTo(1);
            assertThat(c.headHash()).isEqualTo(timelines.ofCase("case-1").get(0).link().hash());
        });
    }

    @Test
    void anAppendThatLosesTheRaceForItsSeqGoesAfterTheWinner() {
        var winner = rejected("case-1");
        var timelines = new InMemoryTimelines() {
            private boolean raced;

            @Override
            public Optional<TimelineEntry> last(String caseId) {
                Optional<TimelineEntry> last = super.last(caseId);
                if (!raced) {
                    // Another instance appends between our read of the end and our insert.
                    raced = true;
                    super.append(TimelineEntry.after(last.orElse(null), winner, NOW));
                }
                return last;
            }
        };
        var event = rejected("case-1");

        new TimelineRecording(timelines, checkpoints, DevCheckpointKey.signer(), clock).record(event);

        assertThat(timelines.ofCase("case-1")).extracting(TimelineEntry::eventId, TimelineEntry::seq)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(winner.eventId().toString(), 1L),
                        org.assertj.core.groups.Tuple.tuple(event.eventId().toString(), 2L));
        // The loser was chained after the winner, not after the end it first read: no fork.
        var entries = timelines.ofCase("case-1");
        assertThat(entries.get(1).link().prevHash()).isEqualTo(entries.get(0).link().hash());
        assertThat(timelines.append(TimelineEntry.after(null, rejected("case-1"), NOW))).isEqualTo(AppendOutcome.SEQ_TAKEN);
    }
}

package vn.hanoi.gbv.audit.timeline;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import vn.hanoi.gbv.audit.timeline.application.TimelineRecording;
import vn.hanoi.gbv.audit.timeline.domain.ChainVerification;
import vn.hanoi.gbv.audit.timeline.domain.CheckpointSigner;
import vn.hanoi.gbv.audit.timeline.domain.DevCheckpointKey;
import vn.hanoi.gbv.audit.timeline.domain.InMemoryCheckpoints;
import vn.hanoi.gbv.audit.timeline.domain.InMemoryTimelines;
import vn.hanoi.gbv.events.Actor;
import vn.hanoi.gbv.events.CaseEvent;
import vn.hanoi.gbv.events.EventEnvelope;
import vn.hanoi.gbv.events.intake.CaseAccessed;

/**
 * What hashing, signing and verifying cost for a case with 500 events, without the database: the part of an
 * append and of a verification that this service adds. Not a test (it asserts nothing) and excluded from the
 * build; run with {@code mvn -pl services/audit-service test -Dtests.excluded-groups=docker -Dtest=TimelineBenchmark}.
 */
@Tag("benchmark")
class TimelineBenchmark {

    private static final int EVENTS = 500;

    @Test
    void timelineOfA500EventCase() {
        CheckpointSigner signer = DevCheckpointKey.signer();
        for (int round = 0; round < 5; round++) { // the first rounds warm the JIT up
            var timelines = new InMemoryTimelines();
            var checkpoints = new InMemoryCheckpoints();
            var recording = new TimelineRecording(timelines, checkpoints, signer, Clock.systemUTC());
            String caseId = UUID.randomUUID().toString();
            long start = System.nanoTime();
            for (int i = 0; i < EVENTS; i++) {
                recording.record(new EventEnvelope<CaseEvent>(UUID.randomUUID(), "CaseAccessed", caseId, Instant.now(),
                        new Actor("lan", "COUNSELLOR", "hoan-kiem", null), 1, "t", "intake-service",
                        new CaseAccessed(caseId, "hoan-kiem", "FULL")));
            }
            long appended = System.nanoTime();
            ChainVerification v = ChainVerification.of(caseId, timelines.ofCase(caseId), checkpoints.ofCase(caseId),
                    signer::verify);
            long verified = System.nanoTime();
            System.out.printf("round %d: %d appends (hash + sign each) %.1f ms (%.3f ms each); verification of %d "
                    + "entries and %d checkpoints %.1f ms; intact=%s%n", round, EVENTS, (appended - start) / 1e6,
                    (appended - start) / 1e6 / EVENTS, v.entries(), checkpoints.ofCase(caseId).size(),
                    (verified - appended) / 1e6, v.intact());
        }
    }
}

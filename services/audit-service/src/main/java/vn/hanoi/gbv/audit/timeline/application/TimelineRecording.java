package vn.hanoi.gbv.audit.timeline.application;

import java.time.Clock;
import org.springframework.stereotype.Service;
import vn.hanoi.gbv.audit.timeline.domain.CheckpointSigner;
import vn.hanoi.gbv.audit.timeline.domain.Checkpoints;
import vn.hanoi.gbv.audit.timeline.domain.TimelineEntry;
import vn.hanoi.gbv.audit.timeline.domain.Timelines;
import vn.hanoi.gbv.events.CaseEvent;
import vn.hanoi.gbv.events.EventEnvelope;

/**
 * Records an event at the end of its case's timeline, exactly once however often it is delivered, chained to
 * the entry before it, and signs the new head of the chain.
 */
@Service
public class TimelineRecording {

    // Each retry means another writer appended to this very case meanwhile; a few are plenty. If they run out,
    // the exception sends the record back to Kafka's error handler, which retries it later.
    static final int MAX_ATTEMPTS = 10;

    private final Timelines timelines;
    private final Checkpoints checkpoints;
    private final CheckpointSigner signer;
    private final Clock clock;

    public TimelineRecording(Timelines timelines, Checkpoints checkpoints, CheckpointSigner signer, Clock clock) {
        this.timelines = timelines;
        this.checkpoints = checkpoints;
        this.signer = signer;
        this.clock = clock;
    }

    public void record(EventEnvelope<CaseEvent> envelope) {
        if (timelines.contains(envelope.eventId().toString())) {
            return;
        }
        for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
            // The hash of the entry depends on the one before, so the end is read afresh on every attempt.
            TimelineEntry previous = timelines.last(envelope.caseId()).orElse(null);
            TimelineEntry entry = TimelineEntry.after(previous, envelope, clock.instant());
            switch (timelines.append(entry)) {
                case APPENDED -> {
                    // Every append is signed at once: a checkpoint per entry costs one small insert, and leaves
                    // no window in which the newest entries are vouched for by nothing outside MongoDB. Should
                    // this fail after the append, the next entry's checkpoint covers this one too.
                    checkpoints.add(signer.sign(entry.caseId(), entry.seq(), entry.link().hash(), clock.instant()));
                    return;
                }
                case ALREADY_RECORDED -> {
                    return;
                }
                case SEQ_TAKEN -> {
                    // Lost the race for this seq: read the new end of the timeline and append after it.
                }
            }
        }
        throw new IllegalStateException("Could not append event " + envelope.eventId() + " to the timeline of case "
                + envelope.caseId() + " after " + MAX_ATTEMPTS + " attempts");
    }
}

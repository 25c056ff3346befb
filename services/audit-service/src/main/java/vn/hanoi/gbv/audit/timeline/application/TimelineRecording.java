package vn.hanoi.gbv.audit.timeline.application;

import java.time.Clock;
import org.springframework.stereotype.Service;
import vn.hanoi.gbv.audit.timeline.domain.TimelineEntry;
import vn.hanoi.gbv.audit.timeline.domain.Timelines;
import vn.hanoi.gbv.events.CaseEvent;
import vn.hanoi.gbv.events.EventEnvelope;

/** Records an event at the end of its case's timeline, exactly once however often it is delivered. */
@Service
public class TimelineRecording {

    // Each retry means another writer appended to this very case meanwhile; a few are plenty. If they run out,
    // the exception sends the record back to Kafka's error handler, which retries it later.
    static final int MAX_ATTEMPTS = 10;

    private final Timelines timelines;
    private final Clock clock;

    public TimelineRecording(Timelines timelines, Clock clock) {
        this.timelines = timelines;
        this.clock = clock;
    }

    public void record(EventEnvelope<CaseEvent> envelope) {
        if (timelines.contains(envelope.eventId().toString())) {
            return;
        }
        for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
            TimelineEntry entry = TimelineEntry.after(timelines.lastSeq(envelope.caseId()), envelope, clock.instant());
            switch (timelines.append(entry)) {
                case APPENDED, ALREADY_RECORDED -> {
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

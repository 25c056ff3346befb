package vn.hanoi.gbv.audit.timeline.adapters.messaging;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import vn.hanoi.gbv.audit.timeline.application.TimelineRecording;
import vn.hanoi.gbv.events.CaseEvent;
import vn.hanoi.gbv.events.EventEnvelope;
import vn.hanoi.gbv.events.Topics;

/**
 * Reads every event of every service. One listener for all three topics, so one consumer records them one at
 * a time; unknown event types arrive as {@code UnknownEvent} and are recorded too.
 */
@Component
class CaseEventsListener {

    private final TimelineRecording recording;

    CaseEventsListener(TimelineRecording recording) {
        this.recording = recording;
    }

    @KafkaListener(topics = {Topics.INTAKE, Topics.REFERRAL, Topics.FOLLOWUP})
    void on(EventEnvelope<CaseEvent> envelope) {
        recording.record(envelope);
    }
}

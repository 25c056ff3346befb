package vn.hanoi.gbv.audit.timeline.adapters.messaging;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import vn.hanoi.gbv.audit.statistics.application.StatisticsCounting;
import vn.hanoi.gbv.audit.timeline.application.TimelineRecording;
import vn.hanoi.gbv.events.CaseEvent;
import vn.hanoi.gbv.events.EventEnvelope;
import vn.hanoi.gbv.events.Topics;

/**
 * Reads every event of every service. One listener for all three topics, so one consumer records them one at
 * a time; unknown event types arrive as {@code UnknownEvent} and are recorded too. Each event also moves
 * the statistics counters.
 */
@Component
class CaseEventsListener {

    private final TimelineRecording recording;
    private final StatisticsCounting statistics;

    CaseEventsListener(TimelineRecording recording, StatisticsCounting statistics) {
        this.recording = recording;
        this.statistics = statistics;
    }

    @KafkaListener(topics = {Topics.INTAKE, Topics.REFERRAL, Topics.FOLLOWUP})
    void on(EventEnvelope<CaseEvent> envelope) {
        recording.record(envelope);
        // After the timeline: if counting fails, the redelivery finds the entry recorded and only counts again.
        statistics.count(envelope);
    }
}

package vn.hanoi.gbv.intake.cases.adapters.messaging;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import vn.hanoi.gbv.events.CaseEvent;
import vn.hanoi.gbv.events.EventEnvelope;
import vn.hanoi.gbv.events.Topics;
import vn.hanoi.gbv.intake.cases.application.CaseProgressTracking;

/** Referral and follow-up events that move a case's status. */
@Component
class CaseProgressListener {

    private final CaseProgressTracking tracking;

    CaseProgressListener(CaseProgressTracking tracking) {
        this.tracking = tracking;
    }

    @KafkaListener(topics = {Topics.REFERRAL, Topics.FOLLOWUP})
    void on(EventEnvelope<CaseEvent> event) {
        tracking.on(event);
    }
}

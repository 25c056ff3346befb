package vn.hanoi.gbv.followup.followups.adapters.messaging;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import vn.hanoi.gbv.events.CaseEvent;
import vn.hanoi.gbv.events.EventEnvelope;
import vn.hanoi.gbv.events.Topics;
import vn.hanoi.gbv.events.referral.ReferralAccepted;
import vn.hanoi.gbv.followup.followups.application.FirstSafetyCheckScheduling;

/** Reads referral's events; an accepted referral is what starts a case's follow-up plan. */
@Component
class ReferralEventsListener {

    private final FirstSafetyCheckScheduling scheduling;

    ReferralEventsListener(FirstSafetyCheckScheduling scheduling) {
        this.scheduling = scheduling;
    }

    @KafkaListener(topics = Topics.REFERRAL)
    void on(EventEnvelope<CaseEvent> envelope) {
        // Created and declined referrals plan nothing here; unknown types are newer producers' business.
        if (envelope.payload() instanceof ReferralAccepted accepted) {
            // The deadline runs from when the agency accepted, not from when this service got round to it.
            scheduling.schedule(accepted, envelope.occurredAt());
        }
    }
}

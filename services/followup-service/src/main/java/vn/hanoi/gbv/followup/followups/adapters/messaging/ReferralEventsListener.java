package vn.hanoi.gbv.followup.followups.adapters.messaging;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import vn.hanoi.gbv.events.CaseEvent;
import vn.hanoi.gbv.events.EventEnvelope;
import vn.hanoi.gbv.events.Topics;
import vn.hanoi.gbv.events.referral.ReferralAccepted;
import vn.hanoi.gbv.events.referral.ReferralCompleted;
import vn.hanoi.gbv.events.referral.ReferralDeclined;
import vn.hanoi.gbv.followup.followups.application.FollowUpPlanning;

/**
 * Reads referral's events: an accepted referral brings a service-received check, a completed or declined one an
 * outcome check. Other types plan nothing here; unknown types are newer producers' business.
 */
@Component
class ReferralEventsListener {

    private final FollowUpPlanning planning;

    ReferralEventsListener(FollowUpPlanning planning) {
        this.planning = planning;
    }

    // Deadlines run from when the agency acted, not from when this service got round to it.
    @KafkaListener(topics = Topics.REFERRAL)
    void on(EventEnvelope<CaseEvent> envelope) {
        if (envelope.payload() instanceof ReferralAccepted accepted) {
            planning.referralAccepted(accepted, envelope.occurredAt());
        } else if (envelope.payload() instanceof ReferralCompleted completed) {
            planning.referralEnded(completed.caseId(), completed.referralId(), completed.ward(), envelope.occurredAt());
        } else if (envelope.payload() instanceof ReferralDeclined declined) {
            planning.referralEnded(declined.caseId(), declined.referralId(), declined.ward(), envelope.occurredAt());
        }
    }
}

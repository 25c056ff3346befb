package vn.hanoi.gbv.intake.cases.adapters.messaging;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import vn.hanoi.gbv.events.CaseEvent;
import vn.hanoi.gbv.events.EventEnvelope;
import vn.hanoi.gbv.events.Topics;
import vn.hanoi.gbv.intake.cases.application.CaseProgressTracking;
import vn.hanoi.gbv.intake.cases.application.ReferralTracking;

/**
 * Referral and follow-up events that move a case's status, and the referrals that decide which agency may have
 * its survivor's contact details. One listener for both: two in one consumer group would split the partitions.
 */
@Component
class CaseProgressListener {

    private final CaseProgressTracking tracking;
    private final ReferralTracking referrals;

    CaseProgressListener(CaseProgressTracking tracking, ReferralTracking referrals) {
        this.tracking = tracking;
        this.referrals = referrals;
    }

    @KafkaListener(topics = {Topics.REFERRAL, Topics.FOLLOWUP})
    void on(EventEnvelope<CaseEvent> event) {
        referrals.on(event);
        tracking.on(event);
    }
}

package vn.hanoi.gbv.referral.referrals.adapters.messaging;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import vn.hanoi.gbv.events.CaseEvent;
import vn.hanoi.gbv.events.EventEnvelope;
import vn.hanoi.gbv.events.Topics;
import vn.hanoi.gbv.events.followup.CaseClosed;
import vn.hanoi.gbv.events.followup.NewNeedsIdentified;
import vn.hanoi.gbv.referral.referrals.application.CaseClosures;
import vn.hanoi.gbv.referral.referrals.application.ReferralRouting;

/**
 * Follow-up's events, of which two matter here: needs a follow-up found are referred (within consent), and a closed
 * case's referrals not yet taken up are revoked. A reopened case needs nothing here: its new needs come as
 * NewNeedsIdentified again. Other types, and types this version does not know, are skipped. Records that are not
 * event envelopes go to {@code gbv.followup.events.dlt} (platform error handler).
 */
@Component
class FollowUpEventsListener {

    private final ReferralRouting routing;
    private final CaseClosures closures;

    FollowUpEventsListener(ReferralRouting routing, CaseClosures closures) {
        this.routing = routing;
        this.closures = closures;
    }

    @KafkaListener(topics = Topics.FOLLOWUP)
    void on(EventEnvelope<CaseEvent> envelope) {
        if (envelope.payload() instanceof NewNeedsIdentified newNeeds) {
            routing.routeNewNeeds(envelope.eventId(), newNeeds);
        } else if (envelope.payload() instanceof CaseClosed closed) {
            closures.on(envelope.eventId(), closed);
        }
    }
}

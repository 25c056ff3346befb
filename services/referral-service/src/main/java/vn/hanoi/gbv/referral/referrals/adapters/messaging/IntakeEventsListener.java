package vn.hanoi.gbv.referral.referrals.adapters.messaging;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import vn.hanoi.gbv.events.CaseEvent;
import vn.hanoi.gbv.events.EventEnvelope;
import vn.hanoi.gbv.events.Topics;
import vn.hanoi.gbv.events.intake.CaseVerified;
import vn.hanoi.gbv.events.intake.ConsentChanged;
import vn.hanoi.gbv.events.intake.EmergencyCaseRegistered;
import vn.hanoi.gbv.referral.referrals.application.ConsentWithdrawals;
import vn.hanoi.gbv.referral.referrals.application.ReferralRouting;

/**
 * Intake's events, of which three matter here: a case in immediate danger is referred at once (emergency fast
 * track), a verified case is referred, and a change of consent revokes the referrals it no longer allows. Other registered and rejected cases are not referred, and types this
 * version does not know are skipped (a newer intake may add some).
 * Records that are not event envelopes at all go to {@code gbv.intake.events.dlt} (platform error handler).
 */
@Component
class IntakeEventsListener {

    private final ReferralRouting routing;
    private final ConsentWithdrawals consentWithdrawals;

    IntakeEventsListener(ReferralRouting routing, ConsentWithdrawals consentWithdrawals) {
        this.routing = routing;
        this.consentWithdrawals = consentWithdrawals;
    }

    @KafkaListener(topics = Topics.INTAKE)
    void on(EventEnvelope<CaseEvent> envelope) {
        if (envelope.payload() instanceof EmergencyCaseRegistered emergencyCase) {
            routing.routeEmergency(envelope.eventId(), emergencyCase);
        } else if (envelope.payload() instanceof CaseVerified verifiedCase) {
            routing.route(envelope.eventId(), verifiedCase);
        } else if (envelope.payload() instanceof ConsentChanged consentChange) {
            consentWithdrawals.on(envelope.eventId(), consentChange);
        }
    }
}

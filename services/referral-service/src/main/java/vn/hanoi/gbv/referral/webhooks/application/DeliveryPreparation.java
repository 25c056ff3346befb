package vn.hanoi.gbv.referral.webhooks.application;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;
import vn.hanoi.gbv.events.CaseEvent;
import vn.hanoi.gbv.events.referral.ConsentOverridden;
import vn.hanoi.gbv.events.referral.ReferralAccepted;
import vn.hanoi.gbv.events.referral.ReferralAcknowledged;
import vn.hanoi.gbv.events.referral.ReferralCompleted;
import vn.hanoi.gbv.events.referral.ReferralCreated;
import vn.hanoi.gbv.events.referral.ReferralDeclined;
import vn.hanoi.gbv.events.referral.ReferralEscalated;
import vn.hanoi.gbv.events.referral.ReferralNoteAdded;
import vn.hanoi.gbv.events.referral.ReferralRerouted;
import vn.hanoi.gbv.events.referral.ReferralRevoked;
import vn.hanoi.gbv.referral.directory.domain.Agency;
import vn.hanoi.gbv.referral.directory.domain.AgencyDirectory;
import vn.hanoi.gbv.referral.referrals.domain.Referral;
import vn.hanoi.gbv.referral.referrals.domain.Referrals;
import vn.hanoi.gbv.referral.webhooks.domain.WebhookDeliveries;
import vn.hanoi.gbv.referral.webhooks.domain.WebhookDelivery;

/**
 * Turns a referral event into a delivery to the receiving agency's webhook, when that agency has one switched on.
 * Events about a referral to the agency count (created, acknowledged, accepted, completed, declined, re-routed to
 * it, revoked, escalated, consent overridden, a note added); the supervisors' queue is not the agency's business.
 * A note added is delivered like the rest, with the referral's usual fields and never the note's text (the
 * payload has no notes at all): it tells the partner's system that something awaits its officers in the inbox,
 * where they read it. Safe to repeat: the delivery's id derives from the event and the agency.
 */
@Service
public class DeliveryPreparation {

    private static final Logger log = LoggerFactory.getLogger(DeliveryPreparation.class);

    private final Referrals referrals;
    private final AgencyDirectory directory;
    private final WebhookDeliveries deliveries;
    private final JsonMapper json;
    private final Clock clock;

    public DeliveryPreparation(Referrals referrals, AgencyDirectory directory, WebhookDeliveries deliveries,
            JsonMapper json, Clock clock) {
        this.referrals = referrals;
        this.directory = directory;
        this.deliveries = deliveries;
        this.json = json;
        this.clock = clock;
    }

    /** Prepares the delivery of event {@code eventId}, if its agency takes webhooks; returns it when added now. */
    public Optional<WebhookDelivery> on(UUID eventId, String type, Instant occurredAt, CaseEvent event) {
        String referralId = referralIdOf(event);
        if (referralId == null) {
            return Optional.empty();
        }
        Optional<Referral> referral = referrals.byId(referralId);
        if (referral.isEmpty()) {
            // Written to this topic by another deployment sharing the broker (tests, a second environment).
            log.debug("Event {}: referral {} is not in this service's database", eventId, referralId);
            return Optional.empty();
        }
        Referral r = referral.get();
        Optional<Agency> agency = directory.byId(r.agencyId())
                .filter(a -> a.webhook() != null && a.webhook().enabled());
        if (agency.isEmpty()) {
            return Optional.empty();
        }
        String id = WebhookDelivery.idFor(eventId.toString(), r.agencyId());
        String body = json.writeValueAsString(new WebhookPayload(id,
                new WebhookPayload.Event(eventId.toString(), type, occurredAt),
                WebhookPayload.ReferralSummary.of(r)));
        WebhookDelivery delivery = WebhookDelivery.prepare(id, eventId.toString(), type, occurredAt, r.caseId(),
                r.id(), r.agencyId(), body, clock.instant());
        return deliveries.addIfAbsent(delivery) ? Optional.of(delivery) : Optional.empty();
    }

    /** The referral an event is about, if it is one the receiving agency is told of; else null. */
    static String referralIdOf(CaseEvent event) {
        if (event instanceof ReferralCreated e) {
            return e.referralId();
        } else if (event instanceof ReferralAcknowledged e) {
            return e.referralId();
        } else if (event instanceof ReferralAccepted e) {
            return e.referralId();
        } else if (event instanceof ReferralCompleted e) {
            return e.referralId();
        } else if (event instanceof ReferralDeclined e) {
            return e.referralId();
        } else if (event instanceof ReferralRerouted e) {
            return e.referralId();
        } else if (event instanceof ReferralRevoked e) {
            return e.referralId();
        } else if (event instanceof ReferralEscalated e) {
            return e.referralId();
        } else if (event instanceof ConsentOverridden e) {
            return e.referralId();
        } else if (event instanceof ReferralNoteAdded e) {
            return e.referralId();
        }
        return null;
    }
}

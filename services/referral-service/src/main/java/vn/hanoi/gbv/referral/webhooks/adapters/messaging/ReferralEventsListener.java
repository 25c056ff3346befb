package vn.hanoi.gbv.referral.webhooks.adapters.messaging;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import vn.hanoi.gbv.events.CaseEvent;
import vn.hanoi.gbv.events.EventEnvelope;
import vn.hanoi.gbv.events.Topics;
import vn.hanoi.gbv.referral.webhooks.application.DeliveryPreparation;

/**
 * This service's own referral events, read back from {@code gbv.referral.events} in a consumer group of their own
 * ({@code gbv.referral.webhooks.consumer-group}), each becoming a delivery to the receiving agency's webhook.
 * Reading the topic, rather than writing deliveries along with the referral, keeps webhooks out of the referral's
 * write and lets them start from the events already published. Unreadable records go to
 * {@code gbv.referral.events.dlt} (platform error handler).
 */
@Component
class ReferralEventsListener {

    private final DeliveryPreparation preparation;

    ReferralEventsListener(DeliveryPreparation preparation) {
        this.preparation = preparation;
    }

    @KafkaListener(topics = Topics.REFERRAL,
            groupId = "${gbv.referral.webhooks.consumer-group:referral-service-webhooks}")
    void on(EventEnvelope<CaseEvent> envelope) {
        preparation.on(envelope.eventId(), envelope.type(), envelope.occurredAt(), envelope.payload());
    }
}

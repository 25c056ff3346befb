package vn.hanoi.gbv.referral.webhooks.application;

import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import vn.hanoi.gbv.platform.domain.NotFound;
import vn.hanoi.gbv.platform.security.CurrentUser;
import vn.hanoi.gbv.referral.webhooks.domain.WebhookDeliveries;
import vn.hanoi.gbv.referral.webhooks.domain.WebhookDelivery;

/** What an administrator does with deliveries: list them (the parked ones, mostly) and replay a parked one. */
@Service
public class DeliveryAdministration {

    private static final Logger log = LoggerFactory.getLogger(DeliveryAdministration.class);
    private static final int LIMIT = 200;

    private final WebhookDeliveries deliveries;
    private final Clock clock;

    public DeliveryAdministration(WebhookDeliveries deliveries, Clock clock) {
        this.deliveries = deliveries;
        this.clock = clock;
    }

    public List<WebhookDelivery> list(WebhookDelivery.Status status, String agencyId) {
        return deliveries.list(status, agencyId, LIMIT);
    }

    public WebhookDelivery find(String id) {
        return deliveries.byId(id).orElseThrow(DeliveryNotFound::new);
    }

    /** Sends a parked delivery again from its first try, at the timer's next pass; anything else is a 409. */
    public WebhookDelivery replay(CurrentUser administrator, String id) {
        WebhookDelivery delivery = find(id);
        delivery.replay(administrator.id(), clock.instant());
        WebhookDelivery saved = deliveries.update(delivery);
        log.info("Webhook delivery {} to {} replayed by {}", id, saved.agencyId(), administrator.id());
        return saved;
    }

    static final class DeliveryNotFound extends NotFound {
        DeliveryNotFound() {
            super("problem.webhook.delivery-not-found");
        }
    }
}

package vn.hanoi.gbv.referral.webhooks.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where webhook deliveries are kept. */
public interface WebhookDeliveries {

    /** Adds a delivery unless one with its id (event + agency) exists; returns whether it was added. */
    boolean addIfAbsent(WebhookDelivery delivery);

    Optional<WebhookDelivery> byId(String id);

    /** PENDING deliveries whose next try is due, the longest waiting first. */
    List<WebhookDelivery> due(Instant now, int limit);

    /** Deliveries in this status (all when null), of one agency (all when null), newest first. */
    List<WebhookDelivery> list(WebhookDelivery.Status status, String agencyId, int limit);

    /**
     * Saves a changed delivery if nobody changed it since it was read (else an optimistic-locking failure);
     * returns it at its new version.
     */
    WebhookDelivery update(WebhookDelivery delivery);
}

package vn.hanoi.gbv.referral.webhooks.adapters.web;

import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.hanoi.gbv.platform.security.CurrentUser;
import vn.hanoi.gbv.referral.webhooks.application.DeliveryAdministration;
import vn.hanoi.gbv.referral.webhooks.domain.WebhookDelivery;

/** Webhook deliveries for administrators: list them (e.g. {@code ?status=PARKED}) and replay a parked one. */
@RestController
@RequestMapping(path = "/api/webhooks/deliveries", produces = MediaType.APPLICATION_JSON_VALUE)
@PreAuthorize("hasRole('ADMIN')")
class WebhookDeliveriesController {

    private final DeliveryAdministration administration;

    WebhookDeliveriesController(DeliveryAdministration administration) {
        this.administration = administration;
    }

    /** Newest first, at most 200; by status (PENDING, DELIVERED, PARKED) and agency when given. */
    @GetMapping
    List<DeliveryView> list(@RequestParam(required = false) WebhookDelivery.Status status,
            @RequestParam(required = false) String agencyId) {
        return administration.list(status, agencyId).stream().map(DeliveryView::of).toList();
    }

    @GetMapping("/{id}")
    DeliveryView get(@PathVariable String id) {
        return DeliveryView.of(administration.find(id));
    }

    /** A parked delivery starts again from its first try at the timer's next pass; otherwise 409. */
    @PostMapping("/{id}/replay")
    DeliveryView replay(CurrentUser administrator, @PathVariable String id) {
        return DeliveryView.of(administration.replay(administrator, id));
    }
}

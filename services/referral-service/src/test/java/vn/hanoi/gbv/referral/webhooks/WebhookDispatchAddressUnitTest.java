package vn.hanoi.gbv.referral.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import vn.hanoi.gbv.referral.webhooks.application.WebhookDestinations;
import vn.hanoi.gbv.referral.webhooks.application.WebhookSender;

/**
 * Security review F7, at delivery: the name is resolved when the post is made, every address it resolves to must
 * be public, and the client connects to the addresses that were checked. A partner's name that pointed to a public
 * address when it was saved and points inside the network now (DNS rebinding) gets nothing sent.
 */
class WebhookDispatchAddressUnitTest {

    private static final WebhookProperties PROPERTIES = new WebhookProperties(false, List.of(Duration.ofMinutes(1)),
            Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofSeconds(30), "group");

    @Test
    void aNameThatResolvesInsideTheNetworkAtDeliveryGetsNothingSent() throws Exception {
        AtomicInteger lookups = new AtomicInteger();
        // Public when saved, the metadata service when the post is made.
        WebhookDestinations.Resolver rebinding = host -> lookups.incrementAndGet() == 1
                ? new InetAddress[] {InetAddress.getByName("93.184.215.14")}
                : new InetAddress[] {InetAddress.getByName("169.254.169.254")};
        var destinations = new WebhookDestinations(rebinding, address -> false);
        assertThat(destinations.problemWith(URI.create("https://partner.example/hooks"))).isEmpty();

        WebhookSender sender = new WebhooksConfiguration().webhookSender(PROPERTIES, destinations);
        WebhookSender.Result result = sender.post(URI.create("https://partner.example/hooks"), Map.of(), "{}");

        assertThat(result.delivered()).isFalse();
        assertThat(result.outcome()).isEqualTo("address-not-public");
        assertThat(lookups).hasValueGreaterThanOrEqualTo(2);
    }

    @Test
    void aLiteralAddressInTheUrlIsCheckedAtDeliveryToo() {
        WebhookSender sender = new WebhooksConfiguration().webhookSender(PROPERTIES, WebhookDestinations.publicOnly());

        assertThat(sender.post(URI.create("https://127.0.0.1:8084/api"), Map.of(), "{}").outcome())
                .isEqualTo("address-not-public");
        assertThat(sender.post(URI.create("https://[::1]:9000/"), Map.of(), "{}").outcome())
                .isEqualTo("address-not-public");
    }

    @Test
    void oneAddressInsideAmongPublicOnesIsEnoughToRefuse() throws Exception {
        var destinations = new WebhookDestinations(host -> new InetAddress[] {InetAddress.getByName("93.184.215.14"),
                InetAddress.getByName("10.1.2.3")}, address -> false);

        assertThat(destinations.problemWith(URI.create("https://partner.example/"))).isPresent();
        assertThatThrownBy(() -> destinations.resolveForDelivery("partner.example"))
                .isInstanceOf(UnknownHostException.class);
    }
}

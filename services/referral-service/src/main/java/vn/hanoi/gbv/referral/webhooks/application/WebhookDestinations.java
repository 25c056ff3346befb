package vn.hanoi.gbv.referral.webhooks.application;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.function.Predicate;
import vn.hanoi.gbv.referral.webhooks.domain.PublicAddresses;

/**
 * Where a webhook may go: to public addresses only (see {@link PublicAddresses}), checked twice. When the URL is
 * saved (a host written as an address, and a name as it resolves then) and again at each delivery, after the name
 * is resolved: the HTTP client connects to exactly the addresses {@link #resolveForDelivery} returned, so a name
 * whose DNS answer changes between the check and the connection (DNS rebinding) gains nothing.
 *
 * <p>A name that does not resolve when it is saved is accepted (the partner may set up DNS later); its delivery
 * is checked when it happens.
 */
public class WebhookDestinations {

    /** Resolves a host name to its addresses (the system resolver in production). */
    public interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    /** Thrown at delivery for a host that resolves to an address that is not public: the post is not sent. */
    public static final class NotPublic extends UnknownHostException {
        NotPublic() {
            super("webhook address is not public");
        }
    }

    private final Resolver resolver;
    private final Predicate<InetAddress> allowedBesidesPublic;

    /**
     * @param allowedBesidesPublic addresses allowed although not public: none in production; tests, whose
     *                             receivers listen on the loopback address, build this class themselves
     */
    public WebhookDestinations(Resolver resolver, Predicate<InetAddress> allowedBesidesPublic) {
        this.resolver = resolver;
        this.allowedBesidesPublic = allowedBesidesPublic;
    }

    /** Only public addresses, resolved by the system. */
    public static WebhookDestinations publicOnly() {
        return new WebhookDestinations(InetAddress::getAllByName, address -> false);
    }

    /** The message key of why {@code url}'s host may not receive webhooks, or empty. */
    public Optional<String> problemWith(URI url) {
        String host = url.getHost();
        Optional<InetAddress> literal;
        try {
            literal = PublicAddresses.literal(host);
        } catch (IllegalArgumentException ambiguous) {
            return Optional.of("problem.webhook.address-not-public");
        }
        if (literal.isPresent()) {
            return allowed(literal.get()) ? Optional.empty() : Optional.of("problem.webhook.address-not-public");
        }
        try {
            for (InetAddress address : resolver.resolve(host)) {
                if (!allowed(address)) {
                    return Optional.of("problem.webhook.address-not-public");
                }
            }
        } catch (UnknownHostException notResolvableNow) {
            // Checked again at delivery.
        }
        return Optional.empty();
    }

    /** The addresses to connect to for a delivery, all checked; refuses the host if any is not public. */
    public InetAddress[] resolveForDelivery(String host) throws UnknownHostException {
        try {
            PublicAddresses.literal(host);
        } catch (IllegalArgumentException ambiguous) {
            throw new NotPublic();
        }
        InetAddress[] addresses = resolver.resolve(host.startsWith("[") ? host.substring(1, host.length() - 1) : host);
        for (InetAddress address : addresses) {
            if (!allowed(address)) {
                throw new NotPublic();
            }
        }
        return addresses;
    }

    private boolean allowed(InetAddress address) {
        return PublicAddresses.isPublic(address) || allowedBesidesPublic.test(address);
    }
}

package vn.hanoi.gbv.referral.webhooks.domain;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;

/**
 * Which webhook URLs referral data may be sent to: absolute https URLs with a host and no credentials in them.
 * Plain http only where the local stack allows it (a receiver on the developer's machine or in a test).
 */
public final class WebhookAddress {

    /** What is wrong with the URL, as a message key of the service's bundles, or empty when it is acceptable. */
    public static Optional<String> problemWith(URI url, boolean allowHttp) {
        if (url == null) {
            return Optional.of("problem.webhook.url-required");
        }
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        boolean https = scheme.equals("https");
        boolean allowedHttp = allowHttp && scheme.equals("http");
        if (!https && !allowedHttp) {
            return Optional.of("problem.webhook.https-required");
        }
        if (url.getHost() == null || url.getHost().isBlank()) {
            return Optional.of("problem.webhook.url-invalid");
        }
        if (url.getUserInfo() != null) {
            // A password in the URL would end up wherever URLs are shown or logged; the secret signs instead.
            return Optional.of("problem.webhook.url-credentials");
        }
        return Optional.empty();
    }

    private WebhookAddress() {
    }
}

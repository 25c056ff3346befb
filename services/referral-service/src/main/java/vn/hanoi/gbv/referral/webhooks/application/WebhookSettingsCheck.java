package vn.hanoi.gbv.referral.webhooks.application;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.hanoi.gbv.platform.domain.InvalidInput;
import vn.hanoi.gbv.referral.directory.domain.Agency;
import vn.hanoi.gbv.referral.directory.domain.AgencyDirectory;
import vn.hanoi.gbv.referral.webhooks.WebhookProperties;
import vn.hanoi.gbv.referral.webhooks.domain.WebhookAddress;

/**
 * Whether an agency's webhook settings may be used: an https URL (http only where
 * {@code gbv.referral.webhooks.allow-http} is on) to a public address ({@link WebhookDestinations}) and, when
 * enabled, a secret to sign with. The whole directory is
 * checked when the service starts, so a bad entry stops it rather than leak a referral over plain http later;
 * whoever changes an agency through the API calls {@link #check(Agency)} first, which answers a 400 problem.
 */
@Component
public class WebhookSettingsCheck {

    private final WebhookProperties properties;
    private final WebhookSecrets secrets;
    private final WebhookDestinations destinations;

    public WebhookSettingsCheck(WebhookProperties properties, WebhookSecrets secrets, AgencyDirectory directory,
            WebhookDestinations destinations) {
        this.properties = properties;
        this.secrets = secrets;
        this.destinations = destinations;
        List<String> problems = new ArrayList<>();
        for (Agency agency : directory.agencies()) {
            problemOf(agency).ifPresent(key -> problems.add("agency " + agency.id() + ": " + describe(key, agency)));
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Invalid webhook settings in the agency directory: "
                    + String.join("; ", problems));
        }
    }

    /** For the directory's API: refuses unusable webhook settings with a problem naming the field. */
    public void check(Agency agency) {
        problemOf(agency).ifPresent(key -> {
            throw key.equals("problem.webhook.secret-missing")
                    ? new InvalidInput("webhook.secretRef", key, WebhookSecrets.keyOf(agency.webhook()))
                    : new InvalidInput("webhook.url", key);
        });
    }

    /** The message key of what is wrong, or empty. An agency without a webhook is fine. */
    public Optional<String> problemOf(Agency agency) {
        Agency.Webhook webhook = agency.webhook();
        if (webhook == null) {
            return Optional.empty();
        }
        Optional<String> address = WebhookAddress.problemWith(webhook.url(), properties.allowHttp());
        if (address.isPresent()) {
            return address;
        }
        Optional<String> destination = destinations.problemWith(webhook.url());
        if (destination.isPresent()) {
            return destination;
        }
        if (webhook.enabled() && secrets.of(webhook).isEmpty()) {
            return Optional.of("problem.webhook.secret-missing");
        }
        return Optional.empty();
    }

    // For the start-up message, in English; the URL itself is not repeated (partners put tokens in them).
    private static String describe(String key, Agency agency) {
        return switch (key) {
            case "problem.webhook.url-required" -> "webhook has no url";
            case "problem.webhook.https-required" -> "webhook url must be https (plain http only with "
                    + "gbv.referral.webhooks.allow-http=true, for the local stack and tests)";
            case "problem.webhook.url-credentials" -> "webhook url must not contain a user name or password";
            case "problem.webhook.address-not-public" -> "webhook url must name a public address (not loopback, "
                    + "private, link-local, metadata or otherwise reserved, nor a host written as a number)";
            case "problem.webhook.secret-missing" -> "webhook is enabled but no secret is configured at "
                    + WebhookSecrets.keyOf(agency.webhook());
            default -> "webhook url is not a valid absolute URL";
        };
    }
}

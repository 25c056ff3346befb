package vn.hanoi.gbv.referral.webhooks.application;

import java.util.Optional;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import vn.hanoi.gbv.referral.directory.domain.Agency;

/**
 * Each agency's signing secret, read from the configuration or the environment when it is needed and never kept,
 * printed or logged: {@code gbv.referral.webhooks.secrets.<secret-ref>}, e.g. the environment variable
 * {@code GBV_REFERRAL_WEBHOOKS_SECRETS_POLICE_HOAN_KIEM} for the agency {@code police-hoan-kiem}. Never from the
 * directory file, which is reference data anyone may read.
 */
@Component
public class WebhookSecrets {

    static final String PREFIX = "gbv.referral.webhooks.secrets.";

    private final Environment environment;

    public WebhookSecrets(Environment environment) {
        this.environment = environment;
    }

    public Optional<String> of(Agency.Webhook webhook) {
        return Optional.ofNullable(environment.getProperty(PREFIX + webhook.secretRef())).filter(s -> !s.isBlank());
    }

    /** Where the secret is expected: safe to show, it names the entry and not its value. */
    public static String keyOf(Agency.Webhook webhook) {
        return PREFIX + webhook.secretRef();
    }
}

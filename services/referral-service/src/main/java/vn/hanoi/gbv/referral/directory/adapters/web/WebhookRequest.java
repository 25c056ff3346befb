package vn.hanoi.gbv.referral.directory.adapters.web;

import java.net.URI;
import java.net.URISyntaxException;
import vn.hanoi.gbv.platform.domain.InvalidInput;
import vn.hanoi.gbv.referral.directory.domain.Agency;

/**
 * The body of {@code PUT /api/agencies/{id}/webhook}: where the agency's referrals are pushed. {@code secretRef}
 * names the configuration entry {@code gbv.referral.webhooks.secrets.<secretRef>} holding the signing secret
 * (default: the agency id), never the secret itself; {@code enabled} defaults to true. The URL is checked by
 * {@code WebhookSettingsCheck}; here it is only parsed, and never echoed in a problem (partners put tokens in URLs).
 */
record WebhookRequest(String url, String secretRef, Boolean enabled) {

    private static final String SECRET_REF = "^[a-z0-9][a-z0-9-]{0,63}$";

    Agency.Webhook toWebhook() {
        URI address = null;
        if (url != null && !url.isBlank()) {
            try {
                address = new URI(url.strip());
            } catch (URISyntaxException e) {
                throw new InvalidInput("webhook.url", "problem.webhook.url-invalid");
            }
        }
        if (secretRef != null && !secretRef.isBlank() && !secretRef.strip().matches(SECRET_REF)) {
            throw new InvalidInput("webhook.secretRef", "problem.webhook.secret-ref-invalid");
        }
        return new Agency.Webhook(address, secretRef == null ? null : secretRef.strip(), enabled == null || enabled);
    }
}

package vn.hanoi.gbv.referral.directory.adapters.web;

import vn.hanoi.gbv.referral.directory.domain.Agency;

/**
 * An agency's webhook settings, for admins only: the URL, the name of the configuration entry holding the secret
 * (never the secret), whether it is on, and whether that secret is configured on this instance.
 */
record WebhookSettingsView(String agencyId, String url, String secretRef, boolean enabled, boolean secretConfigured) {

    static WebhookSettingsView of(Agency agency, boolean secretConfigured) {
        Agency.Webhook w = agency.webhook();
        return w == null ? new WebhookSettingsView(agency.id(), null, null, false, false)
                : new WebhookSettingsView(agency.id(), w.url() == null ? null : w.url().toString(), w.secretRef(),
                        w.enabled(), secretConfigured);
    }
}

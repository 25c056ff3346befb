package vn.hanoi.gbv.referral.directory.domain;

import java.util.Set;
import vn.hanoi.gbv.events.AgencyType;

/**
 * An agency that receives referrals: one type, and the wards it serves. A province-wide agency (the city's
 * legal aid centre, Peace House) serves every ward without listing them.
 */
public record Agency(String id, String nameVi, String nameEn, AgencyType type, Set<String> wardsServed,
        boolean provinceWide, Webhook webhook, Profile profile) {

    /**
     * Where an agency with its own case system wants its referrals pushed (see the {@code webhooks} package), or
     * null. The secret is never here: {@code secretRef} names the configuration entry
     * {@code gbv.referral.webhooks.secrets.<secretRef>} that holds it (the agency id when not given).
     */
    public record Webhook(java.net.URI url, String secretRef, boolean enabled) {
    }

    /**
     * What the admin maintains beyond routing (see {@code AgenciesController}): the needs the agency serves, its own
     * acknowledgement deadline (null: the default by risk), and how staff reach the agency itself (never a
     * survivor's contact). Stays in referral's database; not on Kafka.
     */
    public record Profile(java.util.Set<vn.hanoi.gbv.events.Need> services, java.time.Duration acknowledgementSla,
            String contactPhone, String contactEmail) {

        public static final Profile NONE = new Profile(Set.of(), null, null, null);

        public Profile {
            services = services == null ? Set.of() : Set.copyOf(services);
        }
    }

    public Agency {
        wardsServed = wardsServed == null ? Set.of() : Set.copyOf(wardsServed);
        profile = profile == null ? Profile.NONE : profile;
    }

    /** An agency without admin-maintained profile. */
    public Agency(String id, String nameVi, String nameEn, AgencyType type, Set<String> wardsServed,
            boolean provinceWide, Webhook webhook) {
        this(id, nameVi, nameEn, type, wardsServed, provinceWide, webhook, Profile.NONE);
    }

    /** An agency without a webhook. */
    public Agency(String id, String nameVi, String nameEn, AgencyType type, Set<String> wardsServed,
            boolean provinceWide) {
        this(id, nameVi, nameEn, type, wardsServed, provinceWide, null);
    }

    public boolean serves(String ward) {
        return provinceWide || wardsServed.contains(ward);
    }

    /** Listed for the ward itself, rather than serving it only as part of the whole province. */
    public boolean local(String ward) {
        return wardsServed.contains(ward);
    }
}

package vn.hanoi.gbv.referral.directory.domain;

import java.util.Set;
import vn.hanoi.gbv.events.AgencyType;

/**
 * An agency that receives referrals: one type, and the wards it serves. A province-wide agency (the city's
 * legal aid centre, Peace House) serves every ward without listing them.
 */
public record Agency(String id, String nameVi, String nameEn, AgencyType type, Set<String> wardsServed,
        boolean provinceWide) {

    public Agency {
        wardsServed = wardsServed == null ? Set.of() : Set.copyOf(wardsServed);
    }

    public boolean serves(String ward) {
        return provinceWide || wardsServed.contains(ward);
    }

    /** Listed for the ward itself, rather than serving it only as part of the whole province. */
    public boolean local(String ward) {
        return wardsServed.contains(ward);
    }
}

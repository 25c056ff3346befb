package vn.hanoi.gbv.referral.referrals.domain;

import java.util.Set;

/**
 * A person acting on referrals, as the domain needs to know them: id, roles, and the ward or agency their
 * scope is limited to (either may be null).
 */
public record Staff(String id, Set<String> roles, String ward, String agency) {

    public static final String COUNSELLOR = "COUNSELLOR";
    public static final String WARD_VERIFIER = "WARD_VERIFIER";
    public static final String AGENCY_OFFICER = "AGENCY_OFFICER";
    public static final String COMMITTEE_OFFICER = "COMMITTEE_OFFICER";
    public static final String SUPERVISOR = "SUPERVISOR";

    public Staff {
        roles = Set.copyOf(roles);
    }

    public boolean is(String role) {
        return roles.contains(role);
    }

    /** Works for a receiving agency (a People's Committee counts as one). */
    public boolean isOfficer() {
        return is(AGENCY_OFFICER) || is(COMMITTEE_OFFICER);
    }
}

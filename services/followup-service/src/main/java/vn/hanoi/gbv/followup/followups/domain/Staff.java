package vn.hanoi.gbv.followup.followups.domain;

import java.util.Set;

/** A person asking about follow-ups, as the domain needs to know them: id, roles and the ward they work in. */
public record Staff(String id, Set<String> roles, String ward) {

    public static final String COUNSELLOR = "COUNSELLOR";
    public static final String WARD_VERIFIER = "WARD_VERIFIER";
    public static final String SUPERVISOR = "SUPERVISOR";

    public boolean is(String role) {
        return roles.contains(role);
    }
}

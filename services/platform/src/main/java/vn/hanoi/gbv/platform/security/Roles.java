package vn.hanoi.gbv.platform.security;

/** The roles a token's {@code roles} claim may hold. */
public final class Roles {

    public static final String COUNSELLOR = "COUNSELLOR";
    public static final String WARD_VERIFIER = "WARD_VERIFIER";
    public static final String AGENCY_OFFICER = "AGENCY_OFFICER";
    public static final String COMMITTEE_OFFICER = "COMMITTEE_OFFICER";
    public static final String SUPERVISOR = "SUPERVISOR";
    public static final String ADMIN = "ADMIN";
    /** Another service of this system, calling with client credentials. */
    public static final String SERVICE = "SERVICE";

    private Roles() {
    }
}

package vn.hanoi.gbv.events;

/** What the survivor needs, and the type of agency that serves each need. */
public enum Need {
    MEDICAL(AgencyType.HEALTH),
    PSYCHOSOCIAL(AgencyType.PSYCHOSOCIAL),
    LEGAL(AgencyType.LEGAL_AID),
    SAFETY(AgencyType.SHELTER),
    POLICE(AgencyType.POLICE),
    ECONOMIC(AgencyType.SOCIAL_PROTECTION);

    private final AgencyType servedBy;

    Need(AgencyType servedBy) {
        this.servedBy = servedBy;
    }

    public AgencyType servedBy() {
        return servedBy;
    }
}

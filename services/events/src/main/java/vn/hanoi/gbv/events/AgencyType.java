package vn.hanoi.gbv.events;

/** The kinds of agency a case can be referred to; consent to share is given per type. */
public enum AgencyType {
    POLICE, HEALTH, LEGAL_AID, SHELTER, PSYCHOSOCIAL, SOCIAL_PROTECTION, PEOPLES_COMMITTEE, WOMENS_UNION
}

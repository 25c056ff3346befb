package vn.hanoi.gbv.events.followup;

/**
 * Why a case's follow-up ends. A code, never words: OTHER's explanation stays (encrypted) in follow-up's
 * database, because free text may identify the survivor.
 */
public enum ClosureCause {
    SERVICES_COMPLETED, SURVIVOR_REQUEST, RELOCATED, LOST_CONTACT, TRANSFERRED, OTHER
}

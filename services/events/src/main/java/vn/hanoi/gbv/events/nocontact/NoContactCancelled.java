package vn.hanoi.gbv.events.nocontact;

import vn.hanoi.gbv.events.CaseEvent;

/** The chair cancelled an issued no-contact decision before it expired, for a coded cause. */
public record NoContactCancelled(
        String caseId,
        String requestId,
        String ward,
        String committeeAgencyId,
        Cause cause) implements CaseEvent {

    /** Why the chair cancelled the decision. */
    public enum Cause {
        /** The survivor asked for it to be lifted. */
        SURVIVOR_REQUEST,
        /** The danger that justified it has passed. */
        NO_LONGER_NEEDED,
        /** Issued for the wrong case or with wrong terms. */
        ISSUED_IN_ERROR
    }
}

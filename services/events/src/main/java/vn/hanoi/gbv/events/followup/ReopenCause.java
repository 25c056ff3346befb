package vn.hanoi.gbv.events.followup;

/** Why a supervisor reopened a closed case. OTHER's explanation stays in follow-up's database. */
public enum ReopenCause {
    NEW_INCIDENT, NEW_NEEDS, SURVIVOR_REQUEST, CLOSED_IN_ERROR, OTHER
}

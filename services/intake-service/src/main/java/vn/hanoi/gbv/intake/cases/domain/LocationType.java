package vn.hanoi.gbv.intake.cases.domain;

/** Where the incident happened, as GBVIMS groups places. */
public enum LocationType {
    SURVIVOR_HOME, PERPETRATOR_HOME, SHARED_HOME, WORKPLACE, SCHOOL, PUBLIC_PLACE, ONLINE, OTHER, UNKNOWN
}

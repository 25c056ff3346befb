package vn.hanoi.gbv.events;

/**
 * The six GBVIMS core incident types, in their order of precedence (exactly one per incident: the first that
 * applies), and NON_GBV for incidents that are not gender-based violence.
 */
public enum IncidentType {
    RAPE, SEXUAL_ASSAULT, PHYSICAL_ASSAULT, FORCED_MARRIAGE, DENIAL_OF_RESOURCES, PSYCHOLOGICAL_ABUSE, NON_GBV
}

package vn.hanoi.gbv.events;

/** How much danger the survivor is in, lowest first. */
public enum RiskLevel {
    LOW, MEDIUM, HIGH, IMMEDIATE_DANGER
}

package vn.hanoi.gbv.followup.followups.domain;

/**
 * The risk indicators a counsellor can tick, the same codes intake uses at registration, so a timeline reads
 * one vocabulary from first contact to closure.
 */
public enum RiskIndicator {
    THREAT_TO_KILL, WEAPON, STRANGULATION, ESCALATION, PREGNANCY, CHILDREN_AT_RISK, PERPETRATOR_ACCESS
}

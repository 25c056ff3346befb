package vn.hanoi.gbv.intake.cases.domain;

/** Facts a counsellor records that are known to predict serious or lethal violence. */
public enum RiskIndicator {
    THREAT_TO_KILL, WEAPON, STRANGULATION, ESCALATION, PREGNANCY, CHILDREN_AT_RISK, PERPETRATOR_ACCESS
}

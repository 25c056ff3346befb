package vn.hanoi.gbv.intake.cases.domain;

/** How the case reached the counsellor. */
public enum ReportSource {
    HOTLINE_111, WOMENS_UNION, POLICE, HEALTH, SCHOOL, TRUSTED_ADDRESS, COMMUNITY, SELF, ONLINE
}

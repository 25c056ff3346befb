package vn.hanoi.gbv.intake.cases.domain;

import java.time.Instant;
import vn.hanoi.gbv.events.IncidentType;
import vn.hanoi.gbv.events.RiskLevel;

/**
 * A case as lists show it: no name, no phone. Primero hides survivor names in GBV lists for the same reason:
 * a list on a screen is read over shoulders.
 */
public record CaseSummary(String id, String caseCode, String ward, CaseStatus status, IncidentType incidentType,
        RiskLevel riskLevel, Instant registeredAt, String registeredBy) {
}

package vn.hanoi.gbv.events.intake;

import java.util.List;
import vn.hanoi.gbv.events.CaseEvent;
import vn.hanoi.gbv.events.RiskLevel;

/** A case was edited. Names the fields that changed, never their values. */
public record CaseUpdated(String caseId, String ward, List<String> fields, RiskLevel riskLevel,
        vn.hanoi.gbv.events.IncidentType incidentType, CaseProfile profile) implements CaseEvent {
}

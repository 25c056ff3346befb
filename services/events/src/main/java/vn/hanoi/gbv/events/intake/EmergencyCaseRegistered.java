package vn.hanoi.gbv.events.intake;

import java.util.Set;
import vn.hanoi.gbv.events.AgencyType;
import vn.hanoi.gbv.events.CaseEvent;
import vn.hanoi.gbv.events.IncidentType;
import vn.hanoi.gbv.events.Need;
import vn.hanoi.gbv.events.RiskLevel;

/**
 * A case in immediate danger was registered (or raised to it): referral may reach police, health and the ward
 * People's Committee at once, before verification, within the survivor's consent. Verification still follows.
 */
public record EmergencyCaseRegistered(
        String caseId,
        String caseCode,
        String ward,
        IncidentType incidentType,
        RiskLevel riskLevel,
        Set<Need> needs,
        Set<AgencyType> consentedAgencyTypes) implements CaseEvent {
}

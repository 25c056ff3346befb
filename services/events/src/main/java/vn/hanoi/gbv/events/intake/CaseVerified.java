package vn.hanoi.gbv.events.intake;

import java.util.Set;
import vn.hanoi.gbv.events.AgencyType;
import vn.hanoi.gbv.events.CaseEvent;
import vn.hanoi.gbv.events.IncidentType;
import vn.hanoi.gbv.events.Need;
import vn.hanoi.gbv.events.RiskLevel;

/**
 * A ward verifier confirmed the case. Carries what referral needs to route it: ward, type, risk, needs and the
 * agency types the survivor consented to share with.
 */
public record CaseVerified(
        String caseId,
        String caseCode,
        String ward,
        IncidentType incidentType,
        RiskLevel riskLevel,
        Set<Need> needs,
        Set<AgencyType> consentedAgencyTypes,
        CaseProfile profile) implements CaseEvent {

    /** Without the statistical profile (null), as producers before schema version 2 wrote it. */
    public CaseVerified(String caseId, String caseCode, String ward, IncidentType incidentType, RiskLevel riskLevel,
            Set<Need> needs, Set<AgencyType> consentedAgencyTypes) {
        this(caseId, caseCode, ward, incidentType, riskLevel, needs, consentedAgencyTypes, null);
    }
}

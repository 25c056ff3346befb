package vn.hanoi.gbv.referral.referrals.domain;

import java.util.Set;
import vn.hanoi.gbv.events.AgencyType;
import vn.hanoi.gbv.events.IncidentType;
import vn.hanoi.gbv.events.RiskLevel;

/**
 * What referral knows of a case from intake's events: non-identifying attributes and the agency types the
 * survivor consented to share with (as of the latest CaseVerified, EmergencyCaseRegistered or ConsentChanged).
 * Needed where intake's event is not at hand: a consent override, a re-route, needs a follow-up found later.
 */
public record CaseFacts(String caseId, String caseCode, String ward, IncidentType incidentType, RiskLevel riskLevel,
        Set<AgencyType> consentedAgencyTypes) {

    public CaseFacts {
        consentedAgencyTypes = consentedAgencyTypes == null ? Set.of() : Set.copyOf(consentedAgencyTypes);
    }
}

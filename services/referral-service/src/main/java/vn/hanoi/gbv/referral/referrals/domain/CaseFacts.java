package vn.hanoi.gbv.referral.referrals.domain;

import java.util.Set;
import vn.hanoi.gbv.events.AgencyType;
import vn.hanoi.gbv.events.IncidentType;
import vn.hanoi.gbv.events.RiskLevel;

/**
 * What referral knows of a case from intake's events: non-identifying attributes and the agency types the
 * survivor consented to share with. Needed where no event is at hand: a consent override, a re-route.
 */
public record CaseFacts(String caseId, String caseCode, String ward, IncidentType incidentType, RiskLevel riskLevel,
        Set<AgencyType> consentedAgencyTypes) {

    public CaseFacts {
        consentedAgencyTypes = consentedAgencyTypes == null ? Set.of() : Set.copyOf(consentedAgencyTypes);
    }
}

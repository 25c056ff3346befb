package vn.hanoi.gbv.referral.referrals.domain;

import java.util.Optional;
import java.util.Set;
import vn.hanoi.gbv.events.AgencyType;

/** The {@link CaseFacts} of the cases intake has told referral about. */
public interface ReferredCases {

    Optional<CaseFacts> byId(String caseId);

    /** Records the latest facts of a case (events of one case arrive in order, so the last one is current). */
    void save(CaseFacts facts);

    /** Records a change of consent; a case not yet known here is left unknown. */
    void consentChanged(String caseId, Set<AgencyType> consentedAgencyTypes);
}

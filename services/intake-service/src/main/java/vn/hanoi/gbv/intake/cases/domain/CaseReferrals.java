package vn.hanoi.gbv.intake.cases.domain;

import java.util.Optional;
import vn.hanoi.gbv.events.AgencyType;

/**
 * Which agencies a case is referred to right now, as referral reports it: the facts intake needs to decide who may
 * have the survivor's contact details. Kept per case, as facts (opened, closed) rather than a state, so events
 * told twice or a late duplicate of an opening never reopen a closed referral.
 */
public interface CaseReferrals {

    /** A referral of the case went to this agency (created, or rerouted to it). */
    void opened(String caseId, String referralId, String agencyId, AgencyType agencyType);

    /** The referral ended: declined, revoked or completed. */
    void closed(String caseId, String referralId);

    /** The type of {@code agencyId} if the case has a referral to it that is still open. */
    Optional<AgencyType> openReferralTo(String caseId, String agencyId);
}

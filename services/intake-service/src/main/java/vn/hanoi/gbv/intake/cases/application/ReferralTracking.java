package vn.hanoi.gbv.intake.cases.application;

import org.springframework.stereotype.Service;
import vn.hanoi.gbv.events.CaseEvent;
import vn.hanoi.gbv.events.EventEnvelope;
import vn.hanoi.gbv.events.referral.ReferralCompleted;
import vn.hanoi.gbv.events.referral.ReferralCreated;
import vn.hanoi.gbv.events.referral.ReferralDeclined;
import vn.hanoi.gbv.events.referral.ReferralRerouted;
import vn.hanoi.gbv.events.referral.ReferralRevoked;
import vn.hanoi.gbv.intake.cases.domain.CaseReferrals;

/**
 * Follows which agencies each case is referred to, from referral's events, so that the survivor's contact details
 * go only to an agency with an open referral for her case ({@link SurvivorDisclosure}). Open means what referral
 * means by it: sent, acknowledged or accepted; declined, revoked and completed referrals are closed.
 */
@Service
public class ReferralTracking {

    private final CaseReferrals referrals;

    public ReferralTracking(CaseReferrals referrals) {
        this.referrals = referrals;
    }

    public void on(EventEnvelope<CaseEvent> event) {
        CaseEvent payload = event.payload();
        if (payload instanceof ReferralCreated created) {
            referrals.opened(created.caseId(), created.referralId(), created.agencyId(), created.agencyType());
        } else if (payload instanceof ReferralRerouted rerouted) {
            referrals.opened(rerouted.caseId(), rerouted.referralId(), rerouted.agencyId(), rerouted.agencyType());
        } else if (payload instanceof ReferralDeclined declined) {
            referrals.closed(declined.caseId(), declined.referralId());
        } else if (payload instanceof ReferralRevoked revoked) {
            referrals.closed(revoked.caseId(), revoked.referralId());
        } else if (payload instanceof ReferralCompleted completed) {
            referrals.closed(completed.caseId(), completed.referralId());
        }
    }
}

package vn.hanoi.gbv.referral.referrals.domain;

import vn.hanoi.gbv.platform.domain.NotFound;

/** No referral with this id, or one of another agency or ward: the caller cannot tell which. */
public class ReferralNotFound extends NotFound {

    public ReferralNotFound() {
        super("problem.referral.not-found", new Object[0]);
    }
}

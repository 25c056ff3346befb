package vn.hanoi.gbv.referral.referrals.domain;

import vn.hanoi.gbv.platform.domain.Conflict;

/** The referral is not in a state that allows this step (accepting twice, completing a declined one ...). */
public class IllegalReferralTransition extends Conflict {

    public IllegalReferralTransition(String action, ReferralStatus status) {
        super("problem.referral.illegal-transition", action, status);
    }
}

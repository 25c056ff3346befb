package vn.hanoi.gbv.referral.referrals.domain;

import vn.hanoi.gbv.platform.domain.Conflict;

/** A referral is accepted or declined once. */
public class ReferralAlreadyDecided extends Conflict {

    public ReferralAlreadyDecided(ReferralStatus status) {
        super("problem.referral.already-decided", status);
    }
}

package vn.hanoi.gbv.referral.referrals.domain;

/** SENT until the receiving agency decides, once: ACCEPTED or DECLINED. */
public enum ReferralStatus {
    SENT, ACCEPTED, DECLINED
}

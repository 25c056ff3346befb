package vn.hanoi.gbv.referral.referrals.domain;

/**
 * SENT → ACKNOWLEDGED → ACCEPTED → COMPLETED. An agency may decline (DECLINED) until it has accepted; a counsellor
 * or supervisor may revoke (REVOKED) until the referral is done. COMPLETED, DECLINED and REVOKED are final.
 */
public enum ReferralStatus {
    SENT, ACKNOWLEDGED, ACCEPTED, COMPLETED, DECLINED, REVOKED;

    /** Still waiting for the agency to say whether it will serve the survivor. */
    public boolean awaitingDecision() {
        return this == SENT || this == ACKNOWLEDGED;
    }

    /** The agency may still act on the survivor's behalf, so it may still need her contact details. */
    public boolean open() {
        return awaitingDecision() || this == ACCEPTED;
    }
}

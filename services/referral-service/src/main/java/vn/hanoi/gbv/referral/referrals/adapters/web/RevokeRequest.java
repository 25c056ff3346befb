package vn.hanoi.gbv.referral.referrals.adapters.web;

import jakarta.validation.constraints.NotNull;
import vn.hanoi.gbv.events.referral.ReferralRevoked.Cause;

/** The body of {@code POST /api/referrals/{id}/revoke}: a coded cause (CONSENT_WITHDRAWN is intake's to give). */
record RevokeRequest(@NotNull Cause cause) {
}

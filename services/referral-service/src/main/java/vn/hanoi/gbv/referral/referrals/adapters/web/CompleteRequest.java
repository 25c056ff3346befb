package vn.hanoi.gbv.referral.referrals.adapters.web;

import jakarta.validation.constraints.NotNull;
import vn.hanoi.gbv.events.referral.ReferralCompleted.Outcome;

/** The body of {@code POST /api/referrals/{id}/complete}: a coded outcome, no free text. */
record CompleteRequest(@NotNull Outcome outcome) {
}

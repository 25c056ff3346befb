package vn.hanoi.gbv.referral.referrals.adapters.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The body of {@code POST /api/referrals/{id}/decline}. */
record DeclineRequest(@NotBlank @Size(max = 2000) String reason) {

    @Override
    public String toString() {
        return "DeclineRequest[redacted]";
    }
}

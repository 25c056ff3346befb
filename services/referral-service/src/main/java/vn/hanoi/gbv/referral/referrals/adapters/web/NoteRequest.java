package vn.hanoi.gbv.referral.referrals.adapters.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import vn.hanoi.gbv.referral.referrals.domain.ReferralNote;

/** The body of {@code POST /api/referrals/{id}/notes}: free text for the receiving agency. */
record NoteRequest(@NotBlank @Size(max = ReferralNote.MAX_LENGTH) String text) {

    @Override
    public String toString() {
        return "NoteRequest[redacted]";
    }
}

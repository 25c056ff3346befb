package vn.hanoi.gbv.referral.nocontact.adapters.web;

import jakarta.validation.constraints.NotNull;
import vn.hanoi.gbv.events.nocontact.NoContactCancelled.Cause;

/** The body of {@code POST /api/no-contact/{id}/cancel}. */
record CancelRequest(@NotNull Cause cause) {
}

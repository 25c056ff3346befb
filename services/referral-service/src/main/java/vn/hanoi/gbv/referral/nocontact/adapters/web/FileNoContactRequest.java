package vn.hanoi.gbv.referral.nocontact.adapters.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.hanoi.gbv.events.nocontact.NoContactRequested.OnBehalfOf;

/**
 * The body of {@code POST /api/no-contact}.
 *
 * @param survivorRefuses for LIFE_THREATENED: the survivor refuses the measure (then the chair may not act; 422)
 */
record FileNoContactRequest(@NotBlank @Size(max = 100) String caseId, @NotNull OnBehalfOf onBehalfOf,
        Boolean survivorRefuses) {
}

package vn.hanoi.gbv.referral.referrals.adapters.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.hanoi.gbv.events.AgencyType;
import vn.hanoi.gbv.events.referral.ConsentOverridden.LegalBasis;

/** The body of {@code POST /api/referrals/consent-overrides}. */
record ConsentOverrideRequest(@NotBlank @Size(max = 64) String caseId, @NotNull AgencyType agencyType,
        @NotNull LegalBasis legalBasis) {
}

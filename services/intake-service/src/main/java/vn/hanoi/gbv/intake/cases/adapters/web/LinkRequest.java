package vn.hanoi.gbv.intake.cases.adapters.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The body of {@code POST /api/cases/{id}/links}: the other case of the same survivor. */
record LinkRequest(@NotBlank @Size(max = 64) String caseId) {
}

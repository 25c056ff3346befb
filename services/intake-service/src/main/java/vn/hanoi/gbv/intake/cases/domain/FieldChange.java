package vn.hanoi.gbv.intake.cases.domain;

import java.time.Instant;

/** One entry of a case's change history: which field, by whom, when. Never the values. */
public record FieldChange(String field, String changedBy, Instant changedAt) {
}

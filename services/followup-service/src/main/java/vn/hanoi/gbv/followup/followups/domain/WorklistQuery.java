package vn.hanoi.gbv.followup.followups.domain;

import java.time.Instant;

/**
 * Which open follow-ups a worklist shows: of one ward (or every ward, null), due in [dueFrom, dueBefore)
 * (either end open when null), one page of them.
 */
public record WorklistQuery(String ward, Instant dueFrom, Instant dueBefore, int page, int size) {
}

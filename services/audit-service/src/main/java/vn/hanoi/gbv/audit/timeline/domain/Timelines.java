package vn.hanoi.gbv.audit.timeline.domain;

import java.util.List;

/**
 * Where case timelines are kept. The store refuses a second entry for an event and a second entry at the same
 * seq of a case: the first makes recording idempotent, the second keeps concurrent appends from forking a
 * timeline. Neither needs a transaction.
 */
public interface Timelines {

    boolean contains(String eventId);

    /** The seq of the case's last entry, or 0 if it has none. */
    long lastSeq(String caseId);

    AppendOutcome append(TimelineEntry entry);

    /** The case's entries by seq; empty if none was recorded. */
    List<TimelineEntry> ofCase(String caseId);
}

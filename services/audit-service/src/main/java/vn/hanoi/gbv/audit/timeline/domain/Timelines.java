package vn.hanoi.gbv.audit.timeline.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where case timelines are kept. The store refuses a second entry for an event and a second entry at the same
 * seq of a case: the first makes recording idempotent, the second keeps concurrent appends from forking a
 * timeline (two entries both claiming to follow the same one). Neither needs a transaction.
 */
public interface Timelines {

    boolean contains(String eventId);

    /** The case's last entry, if it has any. */
    Optional<TimelineEntry> last(String caseId);

    AppendOutcome append(TimelineEntry entry);

    /** The case's entries by seq; empty if none was recorded. */
    List<TimelineEntry> ofCase(String caseId);

    /** Reads and disclosures matching {@code query}, newest first, at most {@code limit}. */
    List<TimelineEntry> accesses(AccessQuery query, int limit);

    /**
     * What the access log is asked for; null parts are not constrained.
     *
     * @param ward only entries of this ward (the reader's scope), or null city-wide
     * @param from inclusive
     * @param to   exclusive
     */
    record AccessQuery(String caseId, String person, String ward, Instant from, Instant to) {
    }
}

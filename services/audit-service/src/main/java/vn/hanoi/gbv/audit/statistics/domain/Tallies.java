package vn.hanoi.gbv.audit.statistics.domain;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Per-case tallies and the counters they add up to. */
public interface Tallies {

    /** A case's tally, the event ids already counted into it, and the version for the next save. */
    record Stored(CaseTally tally, List<String> countedEvents, long version) {
    }

    Optional<Stored> find(String caseId);

    /**
     * Saves the tally (new when {@code expectedVersion} is -1) with {@code eventId} as counted, if nobody saved
     * it meanwhile; false if somebody did (read again and retry).
     */
    boolean save(CaseTally tally, String eventId, long expectedVersion);

    /** Moves each counter cell by its delta. */
    void add(Map<String, Long> deltas);

    /** The counters of {@code ward} ("*" city-wide) over the period, summed by "dimension|value". */
    Map<String, Long> sums(ReportPeriod period, String ward);
}

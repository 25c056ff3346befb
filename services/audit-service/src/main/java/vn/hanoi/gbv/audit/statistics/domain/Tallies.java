package vn.hanoi.gbv.audit.statistics.domain;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Per-case tallies and the counters they add up to.
 *
 * <p>Counting is exactly once, crash or not, in three idempotent steps: {@link #save} the tally with the events it
 * now counts and the {@link CounterMoves} they cause (one single-document write); {@link #move} the counters, each
 * remembering the moves' token; {@link #settle} them (the tally forgets its pending moves, the counters the token).
 * A crash anywhere leaves the moves pending on the tally; the next time the case is counted (the redelivery of the
 * very event, since its offset was not committed) they are moved again, and tokens already on a counter skip it.
 */
public interface Tallies {

    /**
     * A case's tally, the event ids already counted into it, the version for the next save, and the moves of its
     * last save if they may not all have been applied yet (null once settled).
     */
    record Stored(CaseTally tally, List<String> countedEvents, long version, CounterMoves pending) {
    }

    /** The stored tallies of these cases, by case id; cases never counted are absent. */
    Map<String, Stored> find(Collection<String> caseIds);

    /**
     * Saves the tally as version {@code expectedVersion + 1} (new when {@code expectedVersion} is -1), adding
     * {@code counted} to its counted events and keeping {@code moves} pending, if nobody saved it meanwhile; false
     * if somebody did (read again and retry).
     */
    boolean save(CaseTally tally, List<String> counted, long expectedVersion, CounterMoves moves);

    /** Moves the counters; moves whose token a counter already holds leave that counter alone. */
    void move(List<CounterMoves> moves);

    /** Forgets moves that have been applied: on their tallies, then on the counters. */
    void settle(List<CounterMoves> moves);

    /** The counters of {@code ward} ("*" city-wide) over the period, summed by "dimension|value". */
    Map<String, Long> sums(ReportPeriod period, String ward);
}

package vn.hanoi.gbv.audit.statistics.application;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.HashSet;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.stereotype.Service;
import vn.hanoi.gbv.audit.statistics.domain.CaseTally;
import vn.hanoi.gbv.audit.statistics.domain.CounterMoves;
import vn.hanoi.gbv.audit.statistics.domain.Tallies;
import vn.hanoi.gbv.events.CaseEvent;
import vn.hanoi.gbv.events.EventEnvelope;

/**
 * Keeps the statistics counters as events arrive, so a yearly report reads a few counters instead of every case.
 * Each case's events move the counters by the difference between its cells before and after them.
 *
 * <p>Exactly once, crash or not (see {@link Tallies}): the tally is saved with its counted events and the moves
 * they cause in one write, the moves are applied idempotently, then settled. A batch of events costs one read of
 * its cases' tallies, one write per case, and one write per counter it moves.
 */
@Service
public class StatisticsCounting {

    // Each retry means another writer saved this very case meanwhile; a few are plenty. If they run out, the
    // exception is a transient failure and the record is retried later.
    static final int MAX_ATTEMPTS = 10;

    private final Tallies tallies;

    public StatisticsCounting(Tallies tallies) {
        this.tallies = tallies;
    }

    public void count(EventEnvelope<CaseEvent> envelope) {
        count(List.of(envelope));
    }

    /** Counts these events, in their order per case; events counted before are skipped. */
    public void count(List<EventEnvelope<CaseEvent>> envelopes) {
        Map<String, List<EventEnvelope<CaseEvent>>> byCase = new LinkedHashMap<>();
        envelopes.forEach(e -> byCase.computeIfAbsent(e.caseId(), id -> new ArrayList<>()).add(e));
        Map<String, Tallies.Stored> stored = tallies.find(byCase.keySet());

        // Moves a crash left pending are applied first, or the new save would replace them unapplied.
        List<CounterMoves> leftOver = stored.values().stream().map(Tallies.Stored::pending)
                .filter(p -> p != null).toList();
        if (!leftOver.isEmpty()) {
            tallies.move(leftOver);
            tallies.settle(leftOver);
            stored = tallies.find(byCase.keySet());
        }

        List<CounterMoves> saved = new ArrayList<>();
        for (var entry : byCase.entrySet()) {
            CounterMoves moves = countCase(entry.getKey(), entry.getValue(), stored.get(entry.getKey()));
            if (moves != null && !moves.isEmpty()) {
                saved.add(moves);
            }
        }
        if (!saved.isEmpty()) {
            tallies.move(saved);
            tallies.settle(saved);
        }
    }

    /** Saves the case's tally with these events counted; returns the moves to apply, or null if nothing changed. */
    private CounterMoves countCase(String caseId, List<EventEnvelope<CaseEvent>> events, Tallies.Stored stored) {
        for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
            if (attempt > 1) {
                stored = tallies.find(List.of(caseId)).get(caseId);
                if (stored != null && stored.pending() != null) {
                    tallies.move(List.of(stored.pending()));
                    tallies.settle(List.of(stored.pending()));
                    stored = tallies.find(List.of(caseId)).get(caseId);
                }
            }
            Set<String> counted = stored == null ? Set.of() : new HashSet<>(stored.countedEvents());
            CaseTally before = stored == null ? CaseTally.empty(caseId) : stored.tally();
            CaseTally after = before;
            List<String> newlyCounted = new ArrayList<>();
            for (EventEnvelope<CaseEvent> envelope : events) {
                String eventId = envelope.eventId().toString();
                if (!counted.contains(eventId) && !newlyCounted.contains(eventId)) {
                    after = after.apply(envelope.payload(), envelope.occurredAt());
                    newlyCounted.add(eventId);
                }
            }
            if (newlyCounted.isEmpty() || after.equals(before) && stored != null) {
                return null; // delivered again, or nothing statistics keep changed
            }
            long version = stored == null ? -1L : stored.version();
            CounterMoves moves = CounterMoves.between(caseId, version + 1, before.cells(), after.cells());
            if (tallies.save(after, newlyCounted, version, moves.isEmpty() ? null : moves)) {
                return moves;
            }
        }
        throw new ConcurrencyFailureException("Could not count the events of case " + caseId + " after "
                + MAX_ATTEMPTS + " attempts");
    }
}

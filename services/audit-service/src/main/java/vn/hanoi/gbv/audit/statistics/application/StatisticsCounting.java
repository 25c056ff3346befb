package vn.hanoi.gbv.audit.statistics.application;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import vn.hanoi.gbv.audit.statistics.domain.CaseTally;
import vn.hanoi.gbv.audit.statistics.domain.Tallies;
import vn.hanoi.gbv.events.CaseEvent;
import vn.hanoi.gbv.events.EventEnvelope;

/**
 * Keeps the statistics counters as events arrive, so a yearly report reads a few thousand counters instead of
 * every case. Each event moves the counters by the difference between its case's cells before and after it.
 *
 * <p>Exactly-once per event rests on the tally: the event id is saved into it, version-checked, before the
 * counters move. A crash between the two leaves those counters short by one event's difference; the tallies
 * hold every case's current cells, so counters can be rebuilt from them (not automated yet).
 */
@Service
public class StatisticsCounting {

    static final int MAX_ATTEMPTS = 10;

    private final Tallies tallies;

    public StatisticsCounting(Tallies tallies) {
        this.tallies = tallies;
    }

    public void count(EventEnvelope<CaseEvent> envelope) {
        for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
            var stored = tallies.find(envelope.caseId());
            if (stored.isPresent() && stored.get().countedEvents().contains(envelope.eventId().toString())) {
                return; // delivered again
            }
            CaseTally before = stored.map(Tallies.Stored::tally).orElse(CaseTally.empty(envelope.caseId()));
            CaseTally after = before.apply(envelope.payload(), envelope.occurredAt());
            if (after.equals(before) && stored.isPresent()) {
                return; // nothing statistics keep changed
            }
            if (tallies.save(after, envelope.eventId().toString(), stored.map(Tallies.Stored::version).orElse(-1L))) {
                Map<String, Long> deltas = difference(before.cells(), after.cells());
                if (!deltas.isEmpty()) {
                    tallies.add(deltas);
                }
                return;
            }
        }
        throw new IllegalStateException("Could not count event " + envelope.eventId() + " after " + MAX_ATTEMPTS
                + " attempts");
    }

    static Map<String, Long> difference(List<String> before, List<String> after) {
        Map<String, Long> deltas = new HashMap<>();
        after.forEach(cell -> deltas.merge(cell, 1L, Long::sum));
        before.forEach(cell -> deltas.merge(cell, -1L, Long::sum));
        deltas.values().removeIf(delta -> delta == 0);
        return deltas;
    }
}

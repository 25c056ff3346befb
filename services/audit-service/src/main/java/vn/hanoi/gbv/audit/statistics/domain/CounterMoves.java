package vn.hanoi.gbv.audit.statistics.domain;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How one saved change of a case's tally moves the counters: for each counter (a month of a ward, or of the city),
 * the cells that go up or down and by how much. The moves are saved with the tally, in the same write, and carry a
 * token naming that change: whoever applies them records the token on each counter it moved, so applying them again
 * (after a crash between the two writes, on the event's redelivery) moves nothing twice.
 *
 * @param token   {@code caseId@version}: the tally change these moves come from
 * @param caseId  the case whose tally changed
 * @param byCounter counter key ({@code month|ward}) → cell ({@code dimension|value}) → delta
 */
public record CounterMoves(String token, String caseId, Map<String, Map<String, Long>> byCounter) {

    public CounterMoves {
        byCounter = Map.copyOf(byCounter);
    }

    /** The moves from {@code before} to {@code after} of the tally saved as {@code version}; empty when no cell changed. */
    public static CounterMoves between(String caseId, long version, List<String> before, List<String> after) {
        Map<String, Long> deltas = new HashMap<>();
        after.forEach(cell -> deltas.merge(cell, 1L, Long::sum));
        before.forEach(cell -> deltas.merge(cell, -1L, Long::sum));
        Map<String, Map<String, Long>> byCounter = new LinkedHashMap<>();
        deltas.forEach((cell, delta) -> {
            if (delta != 0) {
                // "month|ward|dimension|value": the first two name the counter, the last two the cell in it.
                String[] parts = cell.split("\\|", 3);
                byCounter.computeIfAbsent(parts[0] + "|" + parts[1], key -> new HashMap<>()).put(parts[2], delta);
            }
        });
        return new CounterMoves(caseId + "@" + version, caseId, byCounter);
    }

    public boolean isEmpty() {
        return byCounter.isEmpty();
    }
}

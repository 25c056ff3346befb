package vn.hanoi.gbv.audit.timeline.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Timelines in a list, refusing what the real store's unique indexes refuse. */
public class InMemoryTimelines implements Timelines {

    protected final List<TimelineEntry> entries = new ArrayList<>();

    @Override
    public boolean contains(String eventId) {
        return entries.stream().anyMatch(e -> e.eventId().equals(eventId));
    }

    @Override
    public Optional<TimelineEntry> last(String caseId) {
        return entries.stream().filter(e -> e.caseId().equals(caseId)).max(Comparator.comparingLong(TimelineEntry::seq));
    }

    @Override
    public AppendOutcome append(TimelineEntry entry) {
        if (contains(entry.eventId())) {
            return AppendOutcome.ALREADY_RECORDED;
        }
        if (entries.stream().anyMatch(e -> e.caseId().equals(entry.caseId()) && e.seq() == entry.seq())) {
            return AppendOutcome.SEQ_TAKEN;
        }
        entries.add(entry);
        return AppendOutcome.APPENDED;
    }

    @Override
    public List<TimelineEntry> ofCase(String caseId) {
        return entries.stream().filter(e -> e.caseId().equals(caseId))
                .sorted(Comparator.comparingLong(TimelineEntry::seq)).toList();
    }

    @Override
    public List<TimelineEntry> accesses(AccessQuery query, int limit) {
        return entries.stream().filter(e -> e.access() != null)
                .filter(e -> query.caseId() == null || query.caseId().equals(e.caseId()))
                .filter(e -> query.person() == null || query.person().equals(e.access().person()))
                .filter(e -> query.ward() == null || query.ward().equals(e.ward()))
                .sorted(Comparator.comparing(TimelineEntry::occurredAt).reversed()).limit(limit).toList();
    }
}

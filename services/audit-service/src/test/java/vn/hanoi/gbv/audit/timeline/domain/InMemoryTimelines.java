package vn.hanoi.gbv.audit.timeline.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Timelines in a list, refusing what the real store's unique indexes refuse. */
public class InMemoryTimelines implements Timelines {

    protected final List<TimelineEntry> entries = new ArrayList<>();

    @Override
    public boolean contains(String eventId) {
        return entries.stream().anyMatch(e -> e.eventId().equals(eventId));
    }

    @Override
    public long lastSeq(String caseId) {
        return entries.stream().filter(e -> e.caseId().equals(caseId)).mapToLong(TimelineEntry::seq).max().orElse(0);
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
}

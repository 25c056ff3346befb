package vn.hanoi.gbv.audit.timeline.adapters.web;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import vn.hanoi.gbv.audit.timeline.domain.TimelineEntry;
import vn.hanoi.gbv.events.Actor;

/** A case's timeline as a supervisor reads it, summaries in the reader's language. */
record TimelineView(String caseId, List<EntryView> entries) {

    /** @param hash the entry's chain hash, so a reader can hold any entry against a checkpoint */
    record EntryView(long seq, String eventId, String type, Instant occurredAt, Instant recordedAt, ActorView actor,
            String service, String summary, String hash) {
    }

    record ActorView(String id, String role, String ward, String agency) {
    }

    static TimelineView of(String caseId, List<TimelineEntry> entries, Locale locale) {
        return new TimelineView(caseId, entries.stream().map(e -> new EntryView(e.seq(), e.eventId(), e.type(),
                e.occurredAt(), e.recordedAt(), actor(e.actor()), e.service(), e.summary().in(locale), e.link().hash()))
                .toList());
    }

    private static ActorView actor(Actor a) {
        return a == null ? null : new ActorView(a.id(), a.role(), a.ward(), a.agency());
    }
}

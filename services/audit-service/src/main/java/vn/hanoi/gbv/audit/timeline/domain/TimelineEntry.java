package vn.hanoi.gbv.audit.timeline.domain;

import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import vn.hanoi.gbv.events.Actor;
import vn.hanoi.gbv.events.CaseEvent;
import vn.hanoi.gbv.events.EventEnvelope;

/**
 * One event on its case's timeline. Entries are only ever appended: {@code seq} numbers a case's entries 1, 2,
 * 3 ... in the order they were recorded, with no gaps, so a missing or reordered entry shows. (The planned
 * hash chain links each entry to the one before it by {@code seq}.)
 *
 * <p>It keeps who did what, when, in which service and ward, and a summary; never the event's payload, so
 * nothing a later event type might carry is copied into the audit store unexamined.
 *
 * @param seq        position on the case's timeline, from 1
 * @param occurredAt when it happened in the producing service
 * @param recordedAt when this service recorded it
 * @param service    the producing service (the envelope's {@code producer})
 * @param ward       the ward the event names, or null if it names none
 */
public record TimelineEntry(
        String caseId,
        long seq,
        String eventId,
        String type,
        Instant occurredAt,
        Instant recordedAt,
        Actor actor,
        String service,
        String ward,
        Summary summary) {

    /** The seq of a case's first entry. */
    public static final long FIRST = 1;

    /**
     * The entry that records {@code envelope} right after the case's last entry, {@code lastSeq} (0 if the case
     * has none yet). Unknown event types are recorded too, as what they say they are.
     */
    public static TimelineEntry after(long lastSeq, EventEnvelope<CaseEvent> envelope, Instant recordedAt) {
        if (lastSeq < 0) {
            throw new IllegalArgumentException("A timeline's last seq is 0 or more");
        }
        CaseEvent payload = envelope.payload();
        // Milliseconds, as MongoDB keeps them, so what is read back is exactly what was recorded.
        return new TimelineEntry(envelope.caseId(), lastSeq + 1, envelope.eventId().toString(), envelope.type(),
                millis(envelope.occurredAt()), millis(recordedAt), envelope.actor(), envelope.producer(),
                wardOf(payload), EventSummaries.of(payload));
    }

    /**
     * The payload's {@code ward}, if its record has one. Every case event names its ward today, but read
     * generically so a new event type is placed in its ward without a change here.
     */
    static String wardOf(CaseEvent payload) {
        if (payload == null || !payload.getClass().isRecord()) {
            return null;
        }
        for (RecordComponent component : payload.getClass().getRecordComponents()) {
            if (component.getName().equals("ward") && component.getType() == String.class) {
                try {
                    return (String) component.getAccessor().invoke(payload);
                } catch (ReflectiveOperationException e) {
                    return null;
                }
            }
        }
        return null;
    }

    private static Instant millis(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.MILLIS);
    }
}

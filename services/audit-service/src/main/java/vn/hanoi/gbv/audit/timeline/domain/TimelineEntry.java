package vn.hanoi.gbv.audit.timeline.domain;

import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import vn.hanoi.gbv.events.Actor;
import vn.hanoi.gbv.events.CaseEvent;
import vn.hanoi.gbv.events.EventEnvelope;

/**
 * One event on its case's timeline. Entries are only ever appended: {@code seq} numbers a case's entries 1, 2,
 * 3 ... in the order they were recorded, with no gaps, and {@code link} chains each entry to the one before it
 * by hash, so a changed, missing or reordered entry shows (see {@link ChainVerification}).
 *
 * <p>It keeps who did what, when, in which service and ward, and a summary; never the event's payload, so
 * nothing a later event type might carry is copied into the audit store unexamined.
 *
 * @param seq        position on the case's timeline, from 1
 * @param occurredAt when it happened in the producing service
 * @param recordedAt when this service recorded it
 * @param service    the producing service (the envelope's {@code producer})
 * @param ward       the ward the event names, or null if it names none
 * @param access     for a read or a disclosure of the case, who saw which part; null otherwise
 * @param link       the canonical bytes hashed and the chain hashes
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
        Summary summary,
        AccessDetail access,
        ChainLink link) {

    /** The seq of a case's first entry. */
    public static final long FIRST = 1;

    /**
     * The entry that records {@code envelope} right after {@code previous}, the case's last entry (null if the
     * case has none yet). Unknown event types are recorded too, as what they say they are.
     */
    public static TimelineEntry after(TimelineEntry previous, EventEnvelope<CaseEvent> envelope, Instant recordedAt) {
        CaseEvent payload = envelope.payload();
        long seq = previous == null ? FIRST : previous.seq() + 1;
        String prevHash = previous == null ? HashChain.genesis(envelope.caseId()) : previous.link().hash();
        // Milliseconds, as MongoDB keeps them, so what is read back is exactly what was recorded (and hashed).
        TimelineEntry unlinked = new TimelineEntry(envelope.caseId(), seq, envelope.eventId().toString(),
                envelope.type(), millis(envelope.occurredAt()), millis(recordedAt), envelope.actor(),
                envelope.producer(), wardOf(payload), EventSummaries.of(payload),
                AccessDetail.of(payload, envelope.actor()), null);
        return unlinked.withLink(HashChain.link(prevHash, unlinked.canonical()));
    }

    /**
     * The entry's content as canonical JSON: every field but the link itself. This, not the stored document, is
     * what the chain vouches for, so it does not matter how a database or driver lays out the document.
     */
    public String canonical() {
        Map<String, Object> content = new HashMap<>();
        content.put("caseId", caseId);
        content.put("seq", seq);
        content.put("eventId", eventId);
        content.put("type", type);
        content.put("occurredAt", occurredAt == null ? null : occurredAt.toString());
        content.put("recordedAt", recordedAt == null ? null : recordedAt.toString());
        content.put("actor", actor == null ? null : nullable(
                "id", actor.id(), "role", actor.role(), "ward", actor.ward(), "agency", actor.agency()));
        content.put("service", service);
        content.put("ward", ward);
        content.put("summaryEn", summary == null ? null : summary.english());
        content.put("summaryVi", summary == null ? null : summary.vietnamese());
        if (access != null) {
            // Only access entries have the key, so the content of every other entry is as it was before it.
            Map<String, Object> detail = nullable("person", access.person(), "view", access.view(),
                    "agencyId", access.agencyId(), "agencyType", access.agencyType());
            detail.put("fields", access.fields());
            content.put("access", detail);
        }
        return CanonicalJson.of(content);
    }

    public TimelineEntry withLink(ChainLink newLink) {
        return new TimelineEntry(caseId, seq, eventId, type, occurredAt, recordedAt, actor, service, ward, summary,
                access, newLink);
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

    private static Map<String, Object> nullable(Object... keysAndValues) {
        Map<String, Object> map = new HashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    private static Instant millis(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.MILLIS);
    }
}

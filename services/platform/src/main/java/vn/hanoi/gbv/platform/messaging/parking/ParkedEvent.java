package vn.hanoi.gbv.platform.messaging.parking;

import java.time.Instant;
import java.util.List;

/**
 * A record a listener could not handle, kept so an administrator can see it and replay it once the cause is fixed.
 * It holds what was on the topic (an event envelope carries no survivor-identifying data) and, of the failure,
 * only the exception's class: messages of third-party exceptions may quote values.
 *
 * @param id        {@code topic:partition:offset} of the record on its source topic: parking the same record twice
 *                  keeps one
 * @param eventId   the envelope's event id, or null when the record was not readable
 * @param type      the envelope's event type, or null likewise
 * @param failure   the class of the exception that made the listener give up
 * @param replays   every replay asked for: who, when, and how it went
 */
public record ParkedEvent(String id, String topic, int partition, long offset, String key, String eventId, String type,
        String failure, Instant parkedAt, Status status, List<Replay> replays) {

    public enum Status { PARKED, REPLAYED }

    /** One replay: the administrator who asked, when, and whether the listener handled the record this time. */
    public record Replay(String by, Instant at, boolean handled, String failure) {
    }
}

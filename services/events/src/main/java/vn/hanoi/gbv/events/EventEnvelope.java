package vn.hanoi.gbv.events;

import java.time.Instant;
import java.util.UUID;

/**
 * The one envelope every event travels in. {@code payload} is the event record itself; {@code type} names
 * it (see {@link EventCatalog}) so a reader that does not know the type can still keep the envelope.
 *
 * @param eventId       unique per event; consumers use it to stay idempotent
 * @param type          the event's name, e.g. {@code CaseVerified}
 * @param caseId        the case the event is about; also the Kafka key
 * @param occurredAt    when the change happened in the producing service
 * @param actor         who caused it
 * @param schemaVersion version of the payload's schema
 * @param traceId       follows one user request across services
 * @param producer      the service that wrote the event
 * @param payload       the event record
 */
public record EventEnvelope<T>(
        UUID eventId,
        String type,
        String caseId,
        Instant occurredAt,
        Actor actor,
        int schemaVersion,
        String traceId,
        String producer,
        T payload) {
}

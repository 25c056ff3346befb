package vn.hanoi.gbv.platform.messaging;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.hanoi.gbv.events.Actor;
import vn.hanoi.gbv.events.CaseEvent;
import vn.hanoi.gbv.events.EventCatalog;
import vn.hanoi.gbv.events.EventEnvelope;
import vn.hanoi.gbv.events.UnknownEvent;

/** Writes events into their envelope for the outbox, and reads envelopes off a topic. */
public class EventEnvelopes {

    private final JsonMapper json;
    private final Clock clock;
    private final String producer;

    public EventEnvelopes(JsonMapper json, Clock clock, String producer) {
        this.json = json;
        this.clock = clock;
        this.producer = producer;
    }

    /** Wraps an event caused by {@code actor} for the outbox of the aggregate it changed. */
    public OutboxMessage toOutbox(CaseEvent event, Actor actor) {
        var entry = EventCatalog.of(event);
        var envelope = new EventEnvelope<>(UUID.randomUUID(), entry.type(), event.caseId(), Instant.now(clock),
                actor, entry.schemaVersion(), TraceIds.currentOrNew(), producer, event);
        return new OutboxMessage(envelope.eventId().toString(), entry.topic(), event.caseId(), entry.type(),
                envelope.traceId(), envelope.occurredAt(), json.writeValueAsString(envelope));
    }

    /** Wraps every event one change of an aggregate caused, in order, for its outbox. */
    public List<OutboxMessage> toOutbox(List<? extends CaseEvent> events, Actor actor) {
        return events.stream().map(event -> toOutbox(event, actor)).toList();
    }

    /**
     * Reads one record's value. A type this service does not know becomes an {@link UnknownEvent}; a record that
     * is not an envelope at all is refused with {@link UnreadableEvent}, which sends it to the dead-letter topic.
     */
    public EventEnvelope<CaseEvent> read(String value) {
        try {
            JsonNode tree = json.readTree(value);
            String type = required(tree, "type");
            String caseId = required(tree, "caseId");
            UUID eventId = UUID.fromString(required(tree, "eventId"));
            JsonNode payloadNode = tree.get("payload");
            CaseEvent payload = EventCatalog.byType(type)
                    .<CaseEvent>map(entry -> json.treeToValue(payloadNode, entry.payloadClass()))
                    .orElseGet(() -> new UnknownEvent(caseId, type));
            if (!caseId.equals(payload.caseId())) {
                throw new UnreadableEvent("envelope and payload name different cases");
            }
            return new EventEnvelope<>(eventId, type, caseId,
                    json.treeToValue(tree.get("occurredAt"), Instant.class),
                    tree.hasNonNull("actor") ? json.treeToValue(tree.get("actor"), Actor.class) : null,
                    tree.path("schemaVersion").asInt(1),
                    tree.path("traceId").asString(null),
                    tree.path("producer").asString(null),
                    payload);
        } catch (JacksonException | IllegalArgumentException | NullPointerException e) {
            // The exception's own message may quote the record; keep only its class.
            throw new UnreadableEvent("not a readable event envelope (" + e.getClass().getSimpleName() + ")");
        }
    }

    private static String required(JsonNode tree, String field) {
        JsonNode node = tree.get(field);
        if (node == null || !node.isString() || node.asString().isBlank()) {
            throw new UnreadableEvent("envelope lacks " + field);
        }
        return node.asString();
    }
}

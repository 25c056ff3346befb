package vn.hanoi.gbv.audit.timeline.adapters.persistence;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A timeline entry as stored, one document per entry so that appending is a single insert. Its unique indexes
 * (see {@link MongoTimelines}) are what make recording exactly-once. Room is left for {@code prevHash} and
 * {@code hash} of the planned hash chain: they fit beside the fields here without changing any of them.
 */
@Document(MongoTimelines.COLLECTION)
record TimelineEntryDocument(
        @Id String id,
        String caseId,
        long seq,
        String eventId,
        String type,
        Instant occurredAt,
        Instant recordedAt,
        StoredActor actor,
        String service,
        String ward,
        String summaryEn,
        String summaryVi) {

    /** The actor; its id is stored as {@code actorId}, since a nested {@code id} would be mapped to {@code _id}. */
    record StoredActor(String actorId, String role, String ward, String agency) {
    }
}

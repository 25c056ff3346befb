package vn.hanoi.gbv.audit.timeline.adapters.persistence;

import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A timeline entry as stored, one document per entry so that appending is a single insert. Its unique indexes
 * (see {@link MongoTimelines}) are what make recording exactly-once and the chain fork-free. {@code canonical}
 * is the exact text that was hashed: kept beside the fields so that a check can tell "a field was changed"
 * (fields and canonical text disagree) from "the chain was rewritten" (hashes disagree).
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
        String summaryVi,
        StoredAccess access,
        String canonical,
        String prevHash,
        String hash) {

    /** The actor; its id is stored as {@code actorId}, since a nested {@code id} would be mapped to {@code _id}. */
    record StoredActor(String actorId, String role, String ward, String agency) {
    }

    /** Who saw which part of the case, on access entries only. */
    record StoredAccess(String person, String view, String agencyId, String agencyType, List<String> fields) {
    }
}

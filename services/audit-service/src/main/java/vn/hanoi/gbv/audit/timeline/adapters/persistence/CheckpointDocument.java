package vn.hanoi.gbv.audit.timeline.adapters.persistence;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A signed checkpoint as stored. Its id is the case and seq, so signing the same head twice stores it once.
 * The document also carries its {@code TimelineCheckpointed} event in an outbox until the relay has published
 * it: storing and publishing are one insert, with no window in which one happened without the other.
 */
@Document(MongoCheckpoints.COLLECTION)
record CheckpointDocument(
        @Id String id,
        String caseId,
        long seq,
        String headHash,
        Instant checkpointedAt,
        String keyId,
        String signature) {
}

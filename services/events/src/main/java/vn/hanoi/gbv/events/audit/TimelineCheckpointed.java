package vn.hanoi.gbv.events.audit;

import java.time.Instant;
import vn.hanoi.gbv.events.CaseEvent;

/**
 * The audit service signed the head of a case's timeline. Published to a topic kept forever, so a copy of each
 * chain head lives outside the audit database: rewriting a timeline there would no longer match these.
 *
 * <p>The signature (Ed25519, base64) is over the UTF-8 bytes of the canonical JSON
 * {@code {"caseId":…,"checkpointedAt":…,"headHash":…,"seq":…}} (keys sorted, no spaces, time as ISO-8601 UTC),
 * so anyone holding the public key can check it without this code.
 *
 * @param seq            the seq of the timeline's last entry when it was signed
 * @param headHash       that entry's chain hash (hex SHA-256)
 * @param checkpointedAt when it was signed, in milliseconds
 * @param keyId          which audit signing key signed it, so keys can be rotated
 */
public record TimelineCheckpointed(
        String caseId,
        long seq,
        String headHash,
        Instant checkpointedAt,
        String keyId,
        String signature) implements CaseEvent {
}

package vn.hanoi.gbv.audit.timeline.domain;

import java.time.Instant;
import java.util.Map;

/**
 * A signed statement "the timeline of this case had {@code seq} entries and ended in {@code headHash} at this
 * time". Published to a topic kept forever, so rewriting a chain in MongoDB, however consistently, no longer
 * matches a checkpoint held outside it.
 *
 * @param signature Ed25519 over the UTF-8 bytes of {@link #signedContent()}, base64
 */
public record Checkpoint(String caseId, long seq, String headHash, Instant checkpointedAt, String keyId,
        String signature) {

    /** Exactly what is signed; a verifier rebuilds it from the four fields and needs nothing of this code. */
    public String signedContent() {
        return signedContent(caseId, seq, headHash, checkpointedAt);
    }

    static String signedContent(String caseId, long seq, String headHash, Instant at) {
        return CanonicalJson.of(Map.of("caseId", caseId, "seq", seq, "headHash", headHash, "checkpointedAt",
                at.toString()));
    }
}

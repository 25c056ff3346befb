package vn.hanoi.gbv.audit.timeline.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The arithmetic of a case's hash chain. Each case has its own genesis value, so an entry copied from one
 * case's chain into another's never fits there, and chains of different cases cannot be spliced.
 */
public final class HashChain {

    static final String GENESIS_PREFIX = "gbv-timeline-genesis:";
    private static final HexFormat HEX = HexFormat.of();

    /** The "previous hash" of a case's first entry. */
    public static String genesis(String caseId) {
        return HEX.formatHex(sha256(
                (GENESIS_PREFIX + caseId).getBytes(StandardCharsets.UTF_8)));
    }

    /** {@code SHA-256(prevHash || SHA-256(canonical))}, over the raw 32 bytes of the previous hash. */
    public static String next(String prevHash, String canonical) {
        byte[] previous = HEX.parseHex(prevHash);
        byte[] content = sha256(canonical.getBytes(StandardCharsets.UTF_8));
        byte[] both = new byte[previous.length + content.length];
        System.arraycopy(previous, 0, both, 0, previous.length);
        System.arraycopy(content, 0, both, previous.length, content.length);
        return HEX.formatHex(sha256(both));
    }

    /** The link of an entry whose canonical form is {@code canonical}, after an entry whose hash is {@code prevHash}. */
    public static ChainLink link(String prevHash, String canonical) {
        return new ChainLink(canonical, prevHash, next(prevHash, canonical));
    }

    static boolean isHash(String value) {
        return value != null && value.matches("[0-9a-f]{64}");
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    private HashChain() {
    }
}

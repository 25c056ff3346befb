package vn.hanoi.gbv.audit.timeline.domain;

/**
 * How an entry is tied to the one before it: the canonical JSON of the entry (the bytes hashed, kept so a
 * reader can check them), the previous entry's hash (the case's genesis value for the first), and
 * {@code hash = SHA-256(prevHash || SHA-256(canonical))}, all hashes in lower-case hex.
 */
public record ChainLink(String canonical, String prevHash, String hash) {
}

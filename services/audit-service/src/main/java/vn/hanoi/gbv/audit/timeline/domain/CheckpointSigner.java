package vn.hanoi.gbv.audit.timeline.domain;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;

/**
 * Signs timeline heads with the audit service's Ed25519 key, and checks signatures with the public key alone.
 * Ed25519 because the JDK has it, signatures are small, and signing is deterministic (no random nonce to get
 * wrong). The private key never leaves this object: no getter, and {@link #toString()} does not show it.
 */
public final class CheckpointSigner {

    public static final String ALGORITHM = "Ed25519";

    private final String keyId;
    private final PrivateKey privateKey;
    private final PublicKey publicKey;

    public CheckpointSigner(String keyId, PrivateKey privateKey, PublicKey publicKey) {
        this.keyId = keyId;
        this.privateKey = privateKey;
        this.publicKey = publicKey;
        // A private key configured with someone else's public key would sign checkpoints nobody can check.
        Checkpoint probe = sign("key-check", 1, HashChain.genesis("key-check"), Instant.EPOCH);
        if (!verify(probe, publicKey)) {
            throw new IllegalArgumentException("The checkpoint public key does not belong to the private key");
        }
    }

    public Checkpoint sign(String caseId, long seq, String headHash, Instant at) {
        Instant time = at.truncatedTo(ChronoUnit.MILLIS);
        try {
            Signature signer = Signature.getInstance(ALGORITHM);
            signer.initSign(privateKey);
            signer.update(Checkpoint.signedContent(caseId, seq, headHash, time).getBytes(StandardCharsets.UTF_8));
            return new Checkpoint(caseId, seq, headHash, time, keyId, Base64.getEncoder().encodeToString(signer.sign()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not sign a checkpoint (" + e.getClass().getSimpleName() + ")");
        }
    }

    /** Whether {@code checkpoint} was signed by the holder of {@code key}'s private key, unchanged since. */
    public static boolean verify(Checkpoint checkpoint, PublicKey key) {
        try {
            Signature verifier = Signature.getInstance(ALGORITHM);
            verifier.initVerify(key);
            verifier.update(checkpoint.signedContent().getBytes(StandardCharsets.UTF_8));
            return verifier.verify(Base64.getDecoder().decode(checkpoint.signature()));
        } catch (GeneralSecurityException | IllegalArgumentException | NullPointerException e) {
            return false;
        }
    }

    public boolean verify(Checkpoint checkpoint) {
        return keyId.equals(checkpoint.keyId()) && verify(checkpoint, publicKey);
    }

    public String keyId() {
        return keyId;
    }

    public PublicKey publicKey() {
        return publicKey;
    }

    @Override
    public String toString() {
        return "CheckpointSigner[keyId=" + keyId + "]";
    }
}

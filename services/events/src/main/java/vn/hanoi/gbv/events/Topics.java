package vn.hanoi.gbv.events;

import java.util.Map;
import java.util.Optional;

/** One topic per producing service, the service that owns each, and where unreadable records of each go. */
public final class Topics {

    public static final String INTAKE = "gbv.intake.events";
    public static final String REFERRAL = "gbv.referral.events";
    public static final String FOLLOWUP = "gbv.followup.events";
    /** Signed heads of the case timelines, kept forever (retention.ms=-1): the chain's anchor outside MongoDB. */
    public static final String AUDIT_CHECKPOINTS = "gbv.audit.checkpoints";

    /**
     * Which service may write which topic: the envelope's {@code producer} of every record on a topic must be its
     * owner, and consumers refuse (park on the dead-letter topic) any other. Without broker ACLs anyone who can
     * reach Kafka can write any producer name, so this catches mistakes and stray writers, not an attacker: the
     * ACLs that let each service's principal write only its own topic are the real control (docs/security.md).
     */
    private static final Map<String, String> OWNERS = Map.of(
            INTAKE, "intake-service",
            REFERRAL, "referral-service",
            FOLLOWUP, "followup-service",
            AUDIT_CHECKPOINTS, "audit-service");

    /** The service that owns (alone writes) {@code topic}, or empty for a topic that is not one of ours. */
    public static Optional<String> ownerOf(String topic) {
        return Optional.ofNullable(OWNERS.get(topic));
    }

    /** Records that cannot be read or handled are parked here, so the partition moves on. */
    public static String deadLetter(String topic) {
        return topic + ".dlt";
    }

    private Topics() {
    }
}

package vn.hanoi.gbv.audit.timeline.domain;

import java.util.List;
import java.util.Optional;

/** Signed timeline heads: stored here, and published to the checkpoint topic from the same write. */
public interface Checkpoints {

    /** Stores and publishes {@code checkpoint}; a second one for the same case and seq is ignored. */
    void add(Checkpoint checkpoint);

    Optional<Checkpoint> latest(String caseId);

    /** The case's checkpoints by seq. */
    List<Checkpoint> ofCase(String caseId);
}

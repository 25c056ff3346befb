package vn.hanoi.gbv.platform.domain;

/**
 * The caller edited a version that is no longer the current one (ETag / If-Match): 412, so they reload
 * instead of overwriting someone else's change.
 */
public class PreconditionFailed extends DomainException {

    public PreconditionFailed() {
        super("problem.precondition-failed", "If-Match");
    }
}

package vn.hanoi.gbv.platform.domain;

/** An edit must say which version it edits (If-Match): 428, so no edit can blindly overwrite another. */
public class PreconditionRequired extends DomainException {

    public PreconditionRequired() {
        super("problem.precondition-required", "If-Match");
    }
}

package vn.hanoi.gbv.platform.domain;

/**
 * Nothing the caller may see has this id. Also thrown when the thing exists but lies outside the caller's
 * scope: a 404 gives no hint that a case exists in another ward.
 */
public class NotFound extends DomainException {

    public NotFound(String what) {
        super("problem.not-found", null, what);
    }

    /** With the service's own wording of what is missing, from its message bundles (and so in Vietnamese too). */
    protected NotFound(String messageKey, Object... arguments) {
        super(messageKey, null, arguments);
    }
}

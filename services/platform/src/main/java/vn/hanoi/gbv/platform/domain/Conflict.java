package vn.hanoi.gbv.platform.domain;

/** The request is valid but the thing is not in a state that allows it (for example, accepting twice). */
public class Conflict extends DomainException {

    public Conflict(String messageKey, Object... arguments) {
        super(messageKey, null, arguments);
    }
}

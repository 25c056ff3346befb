package vn.hanoi.gbv.platform.domain;

/** The caller may see the thing but may not do this to it (for example, verify a case they registered). */
public class Forbidden extends DomainException {

    public Forbidden(String messageKey, Object... arguments) {
        super(messageKey, null, arguments);
    }
}

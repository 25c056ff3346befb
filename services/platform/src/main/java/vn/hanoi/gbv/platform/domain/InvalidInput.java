package vn.hanoi.gbv.platform.domain;

/** A field's value breaks a domain rule that bean validation cannot see (for example, a date in the future). */
public class InvalidInput extends DomainException {

    public InvalidInput(String field, String messageKey, Object... arguments) {
        super(messageKey, field, arguments);
    }
}

package vn.hanoi.gbv.platform.domain;

import java.util.List;

/**
 * A rule of the domain said no. Plain Java so that domain packages can throw it without knowing about the web.
 *
 * <p>The message key (with its arguments) is looked up in the service's message bundles in the caller's
 * language. The exception message itself is the key only: arguments may be user input, and user input never
 * goes into logs.
 */
public abstract class DomainException extends RuntimeException {

    private final String messageKey;
    private final transient List<Object> arguments;
    private final String field;

    protected DomainException(String messageKey, String field, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.field = field;
        this.arguments = List.of(arguments);
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.toArray();
    }

    /** The request field the problem is about, or null. */
    public String field() {
        return field;
    }
}

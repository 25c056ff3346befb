package vn.hanoi.gbv.platform.web;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.exc.InvalidFormatException;

/**
 * A request string with a character no person types: a control character other than tab and line breaks (a NUL
 * ends a C string in whatever reads the value later), or half of a UTF-16 surrogate pair (not a character at all:
 * it cannot be encoded as UTF-8, and drivers and logs replace or drop it differently).
 */
public class UnsafeCharacters extends InvalidFormatException {

    UnsafeCharacters(JsonParser parser) {
        // The value itself is not kept in the message: it is user input.
        super(parser, "unsafe characters", null, String.class);
    }

    /** Whether {@code value} holds a character that is refused. */
    static boolean foundIn(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return true;
            }
            if (Character.isLowSurrogate(c)) {
                return true;
            }
            if (Character.getType(c) == Character.CONTROL && c != '\t' && c != '\n' && c != '\r') {
                return true;
            }
        }
        return false;
    }
}

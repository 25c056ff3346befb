package vn.hanoi.gbv.audit.timeline.domain;

import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;

/**
 * The one JSON form of a value that is hashed or signed: keys sorted, no spaces, strings escaped the same way
 * every time. Written by hand rather than with a mapper, so an upgrade of a JSON library (or a setting such as
 * pretty printing) can never change the bytes of entries already hashed. Takes maps, lists, strings, whole
 * numbers, booleans and null: all a timeline entry is made of.
 */
public final class CanonicalJson {

    public static String of(Object value) {
        StringBuilder out = new StringBuilder();
        write(value, out);
        return out.toString();
    }

    private static void write(Object value, StringBuilder out) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof String text) {
            string(text, out);
        } else if (value instanceof Long || value instanceof Integer) {
            out.append(value);
        } else if (value instanceof Boolean bool) {
            out.append(bool);
        } else if (value instanceof Map<?, ?> map) {
            out.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> entry : new TreeMap<>(map).entrySet()) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                string((String) entry.getKey(), out);
                out.append(':');
                write(entry.getValue(), out);
            }
            out.append('}');
        } else if (value instanceof Collection<?> list) {
            out.append('[');
            boolean first = true;
            for (Object item : list) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                write(item, out);
            }
            out.append(']');
        } else {
            throw new IllegalArgumentException("No canonical form for " + value.getClass().getSimpleName());
        }
    }

    private static void string(String text, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c); // Vietnamese stays as it is: the bytes hashed are its UTF-8
                    }
                }
            }
        }
        out.append('"');
    }

    private CanonicalJson() {
    }
}

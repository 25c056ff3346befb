package vn.hanoi.gbv.platform.web;

import java.util.regex.Pattern;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * Every string of every request goes through here. Refuses strings that look like MongoDB operators: queries here
 * are built from typed values, so such a string could do no harm today; refusing it keeps it from ever reaching a
 * query written tomorrow, and tells a probing client plainly that it was seen. "$500" stays allowed: only "$"
 * followed by a letter is refused. Also refuses control characters and lone surrogates ({@link UnsafeCharacters}).
 */
public final class OperatorFreeStrings extends StdScalarDeserializer<String> {

    private static final Pattern OPERATOR = Pattern.compile("^\\s*\\$[A-Za-z]");

    private OperatorFreeStrings() {
        super(String.class);
    }

    public static SimpleModule module() {
        return new SimpleModule("operator-free-strings").addDeserializer(String.class, new OperatorFreeStrings());
    }

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) {
        String value = StringDeserializer.instance.deserialize(parser, context);
        if (value != null && OPERATOR.matcher(value).find()) {
            throw new OperatorLikeValue(parser);
        }
        if (value != null && UnsafeCharacters.foundIn(value)) {
            throw new UnsafeCharacters(parser);
        }
        return value;
    }
}

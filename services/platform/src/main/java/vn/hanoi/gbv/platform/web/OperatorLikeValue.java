package vn.hanoi.gbv.platform.web;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.exc.InvalidFormatException;

/** A request string that looks like a MongoDB operator ({@code $where}, {@code $gt} ...). */
public class OperatorLikeValue extends InvalidFormatException {

    OperatorLikeValue(JsonParser parser) {
        // The value itself is not kept in the message: it is user input.
        super(parser, "operator-like value", null, String.class);
    }
}

package org.desist.eventstore.http;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;

/**
 * A JSON value of the right type that a platform rule still refuses (text with a NUL, a date in year 9999); Jackson
 * adds the field's path on the way out, so that the problem names it.
 */
public class RefusedValue extends InvalidFormatException {

    private final String rule;

    RefusedValue(JsonParser parser, String rule, String message, Object value, Class<?> type) {
        super(parser, message, value, type);
        this.rule = rule;
    }

    public String rule() {
        return rule;
    }
}

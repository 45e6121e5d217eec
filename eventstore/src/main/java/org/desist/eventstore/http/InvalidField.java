package org.desist.eventstore.http;

import java.util.Optional;

/** Input that breaks a rule about one field, found after Bean Validation (HTTP 400). */
public class InvalidField extends RuntimeException {

    private final String field;
    private final String rule;
    private final Optional<String> source;

    public InvalidField(String field, String rule, String message, String source) {
        super(message);
        this.field = field;
        this.rule = rule;
        this.source = Optional.ofNullable(source);
    }

    public String field() {
        return field;
    }

    public String rule() {
        return rule;
    }

    public Optional<String> source() {
        return source;
    }
}

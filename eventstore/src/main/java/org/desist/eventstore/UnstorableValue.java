package org.desist.eventstore;

/**
 * A value the log cannot keep exactly as given — a NUL character or a lone UTF-16 surrogate in text (PostgreSQL
 * refuses the one and cannot spell the other), a number too long to store, an instant outside the platform's range —
 * refused before anything is written. {@code field} is the value's place in the payload, e.g. {@code offences[0].notes}.
 */
public class UnstorableValue extends RuntimeException {

    private final String field;
    private final String rule;

    public UnstorableValue(String field, String rule, String message) {
        super(message);
        this.field = field;
        this.rule = rule;
    }

    public String field() {
        return field;
    }

    public String rule() {
        return rule;
    }
}

package org.desist.eventstore.http;

import java.util.Optional;

/**
 * A command refused by a rule of the domain (HTTP 409). {@code rule} names it (the problem type ends with it) and
 * {@code source} cites where the rule comes from, e.g. {@code 002_d7d6c09e19b6ddeb.txt 7.4}.
 */
public class RuleViolated extends RuntimeException {

    private final String rule;
    private final Optional<String> source;

    public RuleViolated(String rule, String message, String source) {
        super(message);
        this.rule = rule;
        this.source = Optional.ofNullable(source);
    }

    public String rule() {
        return rule;
    }

    public Optional<String> source() {
        return source;
    }
}

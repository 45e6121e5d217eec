package org.desist.eventstore.access;

/** A read refused by need-to-know where the operation finds the person only once it runs: answered 403 with the rule. */
public class NotInNeedToKnow extends RuntimeException {

    private final String rule;

    public NotInNeedToKnow(String rule, String message) {
        super(message);
        this.rule = rule;
    }

    public String rule() {
        return rule;
    }
}

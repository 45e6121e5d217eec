package org.desist.eventstore.access;

import java.util.Optional;

/** The answer of {@link AccessRules}: granted on a named basis, or refused with the status and what to do next. */
public sealed interface Access {

    /** {@code basis} as the access log records it: {@code allocated}, {@code team}, {@code break-glass}, ... */
    record Granted(String basis, Optional<String> purpose) implements Access {
    }

    /** 403 names the rule and what to do next; 404 does not disclose that the person exists. */
    record Refused(int status, String rule, String message) implements Access {
    }
}

package org.desist.eventstore.audit;

import java.util.Optional;

/** The answer of a walk over the log: whether it is intact, how many events were checked, where it first breaks. */
public record Verification(boolean valid, long checked, Optional<Long> firstInvalidPosition, Optional<String> problem) {

    static Verification intact(long checked) {
        return new Verification(true, checked, Optional.empty(), Optional.empty());
    }

    static Verification brokenAt(long checked, long position, String problem) {
        return new Verification(false, checked, Optional.of(position), Optional.of(problem));
    }
}

package org.desist.conduct.access;

import java.util.Optional;

/**
 * A person on probation's CRN as a staff record shows it to one reader: the CRN ({@code crn}), or, when the case's
 * limited access keeps the reader out, none and why ({@code crnWithheld}). A record naming no case has neither.
 */
public record NamedCase(Optional<String> crn, Optional<String> crnWithheld) {

    public static final NamedCase NONE = new NamedCase(Optional.empty(), Optional.empty());

    public boolean withheld() {
        return crnWithheld.isPresent();
    }
}

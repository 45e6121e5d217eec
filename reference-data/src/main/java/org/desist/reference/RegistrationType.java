package org.desist.reference;

import java.util.Optional;

/**
 * Registrations that bear on risk, as case-service records them and risk-service weighs them: MAPPA (with its category
 * and level), domestic abuse, and the complexity factors of {@code shared/facts/TIER.md}, each of which adds to the
 * protect level. Domestic abuse is recorded and reviewed but carries no tier points of its own.
 */
public enum RegistrationType {
    MAPPA(false),
    DOMESTIC_ABUSE(false),
    MENTAL_HEALTH(true),
    SELF_HARM(true),
    VULNERABILITY(true),
    CHILD_CONCERNS(true),
    CHILD_PROTECTION(true),
    PUBLIC_INTEREST(true),
    ADULT_AT_RISK(true),
    GANG_MEMBERSHIP(true),
    TERRORISM(true);

    /** A field of a registration and the rule its value breaks. */
    public record Problem(String field, String rule, String detail) {
    }

    private final boolean complexityFactor;

    RegistrationType(boolean complexityFactor) {
        this.complexityFactor = complexityFactor;
    }

    /** Whether TIER.md counts this registration as a complexity factor (2 protect points). */
    public boolean complexityFactor() {
        return complexityFactor;
    }

    /**
     * MAPPA is registered with its category (1 sexual, 2 violent, 3 other dangerous offenders) and its level of
     * management (1 to 3); no other registration has either.
     */
    public Optional<Problem> mappaDetailsProblem(Optional<Integer> category, Optional<Integer> level) {
        if (this == MAPPA) {
            if (category.isEmpty()) {
                return Optional.of(new Problem("category", "required for MAPPA", "give the MAPPA category, 1 to 3"));
            }
            if (level.isEmpty()) {
                return Optional.of(new Problem("level", "required for MAPPA", "give the MAPPA level, 1 to 3"));
            }
            return Optional.empty();
        }
        if (category.isPresent()) {
            return Optional.of(new Problem("category", "only for MAPPA", "a " + this + " registration has no category"));
        }
        if (level.isPresent()) {
            return Optional.of(new Problem("level", "only for MAPPA", "a " + this + " registration has no level"));
        }
        return Optional.empty();
    }
}

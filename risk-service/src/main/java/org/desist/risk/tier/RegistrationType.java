package org.desist.risk.tier;

/**
 * Registrations that bear on risk: MAPPA (with its level), and the complexity factors of shared/facts/TIER.md, which
 * add to the protect level; domestic abuse is recorded for review but carries no tier points of its own.
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

    private final boolean complexityFactor;

    RegistrationType(boolean complexityFactor) {
        this.complexityFactor = complexityFactor;
    }

    public boolean complexityFactor() {
        return complexityFactor;
    }
}

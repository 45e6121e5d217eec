package org.desist.risk.assessment;

/** The groups for whom risk of serious harm is assessed. */
public enum RiskGroup {
    PUBLIC,
    KNOWN_ADULT,
    CHILDREN,
    STAFF,
    PRISONERS
}

package org.desist.cases.partner;

/** What kind of partner an agency is. */
public enum AgencyKind {
    POLICE, HOUSING, HEALTH, EMPLOYMENT, VOLUNTARY
}

package org.desist.risk.ogrs3;

/** OGRS3 is calculated separately for men and women. */
public enum Sex {
    MALE,
    FEMALE
}

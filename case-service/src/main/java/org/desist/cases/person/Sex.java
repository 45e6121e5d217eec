package org.desist.cases.person;

/** Sex as recorded for equality monitoring and for OGRS3, which is calculated separately for men and women. */
public enum Sex {
    MALE,
    FEMALE
}

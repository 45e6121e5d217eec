package org.desist.cases.sentence;

/** The requirements a court may attach to a community or suspended sentence order. */
public enum RequirementType {
    UNPAID_WORK,
    REHABILITATION_ACTIVITY,
    ACCREDITED_PROGRAMME,
    CURFEW,
    RESIDENCE,
    DRUG_TREATMENT,
    ALCOHOL_TREATMENT,
    EXCLUSION
}

package org.desist.cases.plan;

/** The criminogenic needs a sentence plan addresses (the OASys sections). */
public enum Need {
    ACCOMMODATION,
    EDUCATION_TRAINING_EMPLOYMENT,
    FINANCE,
    RELATIONSHIPS,
    LIFESTYLE,
    DRUGS,
    ALCOHOL,
    THINKING_AND_BEHAVIOUR,
    ATTITUDES
}

package org.desist.cases.access;

/** The parts of a case an agreement can share (levels only for risk: narratives are never shared). */
public enum SharingScope {
    APPOINTMENTS, SENTENCE_PLAN, RISK_SUMMARY, CONTACT_DETAILS
}

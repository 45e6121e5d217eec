package org.desist.cases.contact;

/** What came of a contact; failures to attend and unacceptable absences are what enforcement counts. */
public enum ContactOutcome {
    ATTENDED_COMPLIED,
    FAILED_TO_ATTEND,
    ACCEPTABLE_ABSENCE,
    UNACCEPTABLE_ABSENCE,
    NOT_APPLICABLE
}

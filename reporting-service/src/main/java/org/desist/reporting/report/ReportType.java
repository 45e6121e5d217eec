package org.desist.reporting.report;

/** The kinds of pre-sentence report a court asks for, each with its own time to write (DueDates). */
public enum ReportType {
    ORAL,
    SHORT_FORMAT,
    STANDARD
}

package org.desist.reporting.report;

/** Where a report stands: requested, written, quality-assured, then signed and delivered (or revised after). */
public enum Stage {
    /** Neither CRN nor a PNC known to case-service: the request waits for court liaison or a registration to match it. */
    AWAITING_MATCH,
    AWAITING_AUTHOR,
    DRAFTING,
    SUBMITTED,
    APPROVED,
    SIGNED
}

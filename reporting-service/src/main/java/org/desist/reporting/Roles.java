package org.desist.reporting;

/**
 * The realm roles reporting-service's operations are allowed to; the kernel's need-to-know then narrows each read to the
 * people the reader may open (ReportResource), and records it in the access log.
 */
public final class Roles {

    public static final String COURT = "court-liaison";
    public static final String SENIOR = "senior-probation-officer";
    public static final String OFFICER = "probation-officer";
    public static final String CHIEF = "chief-executive";

    private Roles() {
    }
}

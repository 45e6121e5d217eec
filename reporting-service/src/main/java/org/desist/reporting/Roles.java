package org.desist.reporting;

/**
 * The realm roles reporting-service's operations are allowed to. Plain role checks for now.
 * TODO(need-to-know): the kernel's need-to-know rule (being built in eventstore) narrows these — court liaison to
 * their own court's requests, seniors to their team's drafts — and records every read of a report in the access audit.
 */
public final class Roles {

    public static final String COURT = "court-liaison";
    public static final String SENIOR = "senior-probation-officer";
    public static final String OFFICER = "probation-officer";
    public static final String CHIEF = "chief-executive";

    private Roles() {
    }
}

package org.desist.eventstore.subjectaccess;

import java.util.List;

/**
 * A service's own part of a subject access request: one bean per service. The kernel's {@link SubjectAccessResource}
 * chooses the answer (200, 204, 209), adds the access log and records the read.
 */
public interface SubjectAccessSource {

    /** Whether the service knows the person at all, whatever the period (no: 209). */
    boolean knows(String crn);

    /** What the service holds about the person, recorded in the period, oldest first, third parties already redacted. */
    List<HeldRecord> held(SubjectAccessPeriod period);

    /** What this service leaves out of every answer and why, so the person is told that something was withheld. */
    List<String> withheld();

    /**
     * The people this service knows by name other than the person (other people on probation, victims, staff where it
     * knows their names), whose names the kernel redacts wherever they appear in the records' text (UK GDPR art.
     * 15(4)); asked only when something is held.
     */
    default ThirdParties thirdParties(String crn) {
        return ThirdParties.NONE;
    }
}

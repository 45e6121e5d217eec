package org.desist.eventstore.subjectaccess;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A service's answer to a subject access request (the {@code content} of the 200): what it holds about the person in
 * the period, who read their record and when, and what it withheld.
 */
public record SubjectAccessContent(String service, String crn, Optional<LocalDate> fromDate, Optional<LocalDate> toDate,
        List<HeldRecord> records, List<Viewing> accessLog, List<String> withheld) {

    /** The body of a 200, as UK probation services answer: the service's data under {@code content}. */
    public record Answer(SubjectAccessContent content) {
    }
}

package org.desist.eventstore.subjectaccess;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import org.desist.eventstore.http.InvalidField;

/**
 * Whose data, and the period asked for: {@code fromDate} and {@code toDate} are days in London, both included, either
 * open. A record falls in the period by the day it was recorded.
 */
public record SubjectAccessPeriod(String crn, Optional<LocalDate> fromDate, Optional<LocalDate> toDate) {

    public static final String CRN = "[A-Z][0-9]{6}";
    static final ZoneId LONDON = ZoneId.of("Europe/London");

    /** From the query parameters as given: a CRN is required; a bad date or a period that ends before it starts is a 400. */
    public static SubjectAccessPeriod parse(String crn, String fromDate, String toDate) {
        if (crn == null || !crn.matches(CRN)) {
            throw new InvalidField("crn", "Pattern " + CRN, "crn must be a CRN: a letter and six digits", null);
        }
        Optional<LocalDate> from = date("fromDate", fromDate);
        Optional<LocalDate> to = date("toDate", toDate);
        if (from.isPresent() && to.isPresent() && to.get().isBefore(from.get())) {
            throw new InvalidField("toDate", "not-before-fromDate", "toDate " + to.get() + " is before fromDate "
                    + from.get(), null);
        }
        return new SubjectAccessPeriod(crn, from, to);
    }

    /** The first instant of the period, if it has a start. */
    public Optional<Instant> start() {
        return fromDate.map(d -> d.atStartOfDay(LONDON).toInstant());
    }

    /** The first instant after the period, if it has an end. */
    public Optional<Instant> end() {
        return toDate.map(d -> d.plusDays(1).atStartOfDay(LONDON).toInstant());
    }

    public boolean contains(Instant at) {
        return start().map(s -> !at.isBefore(s)).orElse(true) && end().map(at::isBefore).orElse(true);
    }

    private static Optional<LocalDate> date(String field, String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(value.strip()));
        } catch (DateTimeException e) {
            throw new InvalidField(field, "a date such as 2026-11-30", field + " is not a date: " + value, null);
        }
    }
}

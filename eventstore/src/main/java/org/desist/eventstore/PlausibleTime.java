package org.desist.eventstore;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The platform's bounds for dates and instants: nothing a probation record says happened before 1900 or after 2199.
 * PostgreSQL refuses some instants beyond them and other services' consumers fail on others, so they are refused at
 * the edge and at append; a service narrows them where its domain says so (a date of birth, a future appointment).
 */
public final class PlausibleTime {

    public static final LocalDate EARLIEST_DATE = LocalDate.of(1900, 1, 1);
    public static final LocalDate LATEST_DATE = LocalDate.of(2199, 12, 31);
    public static final Instant EARLIEST = EARLIEST_DATE.atStartOfDay(ZoneOffset.UTC).toInstant();
    public static final Instant LATEST = LATEST_DATE.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    public static final String RULE = "between 1900-01-01 and 2199-12-31";

    private PlausibleTime() {
    }

    public static boolean admits(LocalDate date) {
        return !date.isBefore(EARLIEST_DATE) && !date.isAfter(LATEST_DATE);
    }

    public static boolean admits(Instant instant) {
        return !instant.isBefore(EARLIEST) && instant.isBefore(LATEST);
    }
}

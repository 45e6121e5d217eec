package org.desist.reporting.dashboard;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.desist.eventstore.http.InvalidField;

/** A panel's filters: the dates its events fall between (inclusive) and, optionally, one team. */
public record Filters(LocalDate from, LocalDate to, Optional<String> team) {

    /** The default window: the twelve months to today. */
    static final int DEFAULT_MONTHS = 12;

    public Filters {
        if (from.isAfter(to)) {
            throw new InvalidField("from", "date-range", "from (" + from + ") is after to (" + to + ")", null);
        }
    }

    static Filters of(String from, String to, String team, LocalDate today, int defaultMonths) {
        LocalDate until = date("to", to).orElse(today);
        return new Filters(date("from", from).orElse(until.minusMonths(defaultMonths)), until,
                Optional.ofNullable(team).map(String::strip).filter(t -> !t.isEmpty()).map(Filters::team));
    }

    private static String team(String team) {
        if (team.length() > 64 || !team.matches("[A-Za-z0-9_.-]+")) {
            throw new InvalidField("team", "team-code", "team is a code of letters, digits, '.', '_' or '-', at most 64", null);
        }
        return team;
    }

    private static Optional<LocalDate> date(String field, String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            LocalDate date = LocalDate.parse(value.strip());
            if (date.getYear() < 1900 || date.getYear() > 2999) {
                throw new InvalidField(field, "date-range", field + " must be between 1900 and 2999", null);
            }
            return Optional.of(date);
        } catch (DateTimeParseException e) {
            throw new InvalidField(field, "iso-date", field + " is a date as YYYY-MM-DD: '" + value + "'", null);
        }
    }
}

package org.desist.reporting.dashboard;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Which team and officer were responsible for a case on a given day: its allocations in the order they were made, each
 * in force from its day until the next one's. What happened before the first allocation belongs to the team that took
 * the case on (a case is usually sentenced, then allocated), so a fact never counts for nobody once the case has a team.
 */
record Responsibility(List<Period> periods) {

    /** One allocation or reallocation of the case, as consumed. */
    record Allocation(String source, String eventId, Instant at, long streamVersion, LocalDate on, String staffId,
            String team) {
    }

    /** An allocation and the days it was in force: from (empty: since ever) until, not including, the next one's day. */
    record Period(Allocation allocation, Optional<LocalDate> from, Optional<LocalDate> until) {

        boolean covers(LocalDate day) {
            return from.map(f -> !day.isBefore(f)).orElse(true) && until.map(day::isBefore).orElse(true);
        }
    }

    /** Pure: the periods of these allocations, in whatever order they were delivered. */
    static Responsibility of(Collection<Allocation> allocations) {
        List<Allocation> ordered = new ArrayList<>(allocations);
        ordered.sort(Comparator.comparing(Allocation::at).thenComparingLong(Allocation::streamVersion)
                .thenComparing(Allocation::eventId));
        List<Period> periods = new ArrayList<>();
        for (int i = 0; i < ordered.size(); i++) {
            Allocation a = ordered.get(i);
            periods.add(new Period(a, i == 0 ? Optional.empty() : Optional.of(a.on()),
                    i + 1 < ordered.size() ? Optional.of(ordered.get(i + 1).on()) : Optional.empty()));
        }
        return new Responsibility(List.copyOf(periods));
    }

    /** The allocation in force on the day (the last of several made that day). */
    Optional<Allocation> on(LocalDate day) {
        return periods.stream().filter(p -> p.covers(day)).map(Period::allocation).findFirst();
    }

    /** The allocation in force now: the case's current officer and team. */
    Optional<Allocation> latest() {
        return periods.isEmpty() ? Optional.empty() : Optional.of(periods.getLast().allocation());
    }
}

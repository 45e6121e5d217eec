package org.desist.reporting.dashboard;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Pre-sentence report timeliness by team, for the reports due over the dates: delivered on time or late, not yet
 * delivered (and of those, overdue), and delivered reports the court has not acknowledged in time.
 */
public record ReportTimeliness(LocalDate from, LocalDate to, Optional<String> team, List<Team> teams, Team total) {

    public record Team(String team, long due, long deliveredOnTime, long deliveredLate, long notYetDelivered,
            long overdue, long unacknowledged) {
    }

    static ReportTimeliness of(Filters filters, List<Team> rows) {
        List<Team> teams = new ArrayList<>(rows);
        long[] sums = new long[6];
        rows.forEach(t -> {
            sums[0] += t.due();
            sums[1] += t.deliveredOnTime();
            sums[2] += t.deliveredLate();
            sums[3] += t.notYetDelivered();
            sums[4] += t.overdue();
            sums[5] += t.unacknowledged();
        });
        return new ReportTimeliness(filters.from(), filters.to(), filters.team(), List.copyOf(teams),
                new Team("ALL", sums[0], sums[1], sums[2], sums[3], sums[4], sums[5]));
    }
}

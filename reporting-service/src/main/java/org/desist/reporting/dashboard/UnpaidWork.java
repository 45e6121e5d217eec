package org.desist.reporting.dashboard;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Unpaid work ordered over the dates, by team: orders, hours ordered, worked and outstanding, and the orders still
 * outstanding that are near, or past, the months they must be completed in.
 */
public record UnpaidWork(LocalDate from, LocalDate to, Optional<String> team, int limitMonths, int warningDays,
        List<Team> teams, Team total) {

    public record Team(String team, long orders, long hoursOrdered, double hoursWorked, double hoursOutstanding,
            long nearLimit, long pastLimit) {
    }

    /** One team's sums from the read model. */
    record Row(String team, long orders, long hoursOrdered, double hoursWorked, double hoursOutstanding, long nearLimit,
            long pastLimit) {
    }

    static UnpaidWork of(Filters filters, List<Row> rows, int limitMonths, int warningDays) {
        List<Team> teams = new ArrayList<>();
        long orders = 0, ordered = 0, near = 0, past = 0;
        double worked = 0, outstanding = 0;
        for (Row r : rows) {
            teams.add(new Team(r.team(), r.orders(), r.hoursOrdered(), r.hoursWorked(), r.hoursOutstanding(),
                    r.nearLimit(), r.pastLimit()));
            orders += r.orders();
            ordered += r.hoursOrdered();
            worked += r.hoursWorked();
            outstanding += r.hoursOutstanding();
            near += r.nearLimit();
            past += r.pastLimit();
        }
        return new UnpaidWork(filters.from(), filters.to(), filters.team(), limitMonths, warningDays, List.copyOf(teams),
                new Team("ALL", orders, ordered, worked, outstanding, near, past));
    }
}

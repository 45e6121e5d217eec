package org.desist.reporting.dashboard;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.desist.eventstore.disclosure.DisclosureControl;

/**
 * For seniors, a prompt for supervision rather than a league table: the officers whose rate of breach actions and
 * recalls per case lies more than one interquartile range above their team's median. Only those officers are named,
 * unranked; a team of fewer than the minimum officers has no quartiles to speak of and names no one.
 */
public record OfficerOutliers(LocalDate from, LocalDate to, Optional<String> team, int minimumOfficers,
        List<Team> teams) {

    public record Team(String team, int officers, Optional<Double> median, Optional<Double> interquartileRange,
            List<Officer> above) {
    }

    public record Officer(String staffId, long cases, long breachesAndRecalls, double rate) {
    }

    record Row(String team, String staffId, long cases, long breachesAndRecalls) {
    }

    static OfficerOutliers of(Filters filters, List<Row> rows, int minimumOfficers) {
        Map<String, List<Row>> byTeam = new TreeMap<>();
        rows.stream().filter(r -> r.cases() > 0).forEach(r -> byTeam.computeIfAbsent(r.team(), t -> new ArrayList<>()).add(r));
        List<Team> teams = new ArrayList<>();
        byTeam.forEach((team, officers) -> {
            if (officers.size() < minimumOfficers) {
                teams.add(new Team(team, officers.size(), Optional.empty(), Optional.empty(), List.of()));
                return;
            }
            double[] rates = officers.stream().mapToDouble(OfficerOutliers::rate).sorted().toArray();
            double median = quantile(rates, 0.5), iqr = quantile(rates, 0.75) - quantile(rates, 0.25);
            List<Officer> above = officers.stream().filter(o -> rate(o) > median + iqr)
                    .sorted((a, b) -> a.staffId().compareTo(b.staffId()))
                    .map(o -> new Officer(o.staffId(), o.cases(), o.breachesAndRecalls(),
                            DisclosureControl.published(rate(o)))).toList();
            teams.add(new Team(team, officers.size(), Optional.of(DisclosureControl.published(median)),
                    Optional.of(DisclosureControl.published(iqr)), above));
        });
        return new OfficerOutliers(filters.from(), filters.to(), filters.team(), minimumOfficers, List.copyOf(teams));
    }

    private static double rate(Row r) {
        return r.breachesAndRecalls() / (double) r.cases();
    }

    /** The quantile by linear interpolation between the sorted values (Hyndman and Fan's type 7, as spreadsheets do). */
    static double quantile(double[] sorted, double p) {
        double h = (sorted.length - 1) * p;
        int below = (int) Math.floor(h);
        int above = Math.min(below + 1, sorted.length - 1);
        return sorted[below] + (h - below) * (sorted[above] - sorted[below]);
    }
}

package org.desist.reporting.dashboard;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Appointment compliance and enforcement by team over the dates: contacts by outcome, warnings (and those withdrawn
 * as the failure was found acceptable), breach proceedings initiated and decisions not to breach.
 */
public record Compliance(LocalDate from, LocalDate to, Optional<String> team, List<Team> teams, Team total) {

    /** The measures, in the order they are drawn. */
    static final List<String> MEASURES = List.of("attended", "failedToAttend", "acceptableAbsences",
            "unacceptableAbsences", "warnings", "warningsWithdrawn", "breachesInitiated", "decisionsNotToBreach");

    public record Team(String team, long attended, long failedToAttend, long acceptableAbsences,
            long unacceptableAbsences, long warnings, long warningsWithdrawn, long breachesInitiated,
            long decisionsNotToBreach) {

        long measure(String name) {
            return switch (name) {
                case "attended" -> attended;
                case "failedToAttend" -> failedToAttend;
                case "acceptableAbsences" -> acceptableAbsences;
                case "unacceptableAbsences" -> unacceptableAbsences;
                case "warnings" -> warnings;
                case "warningsWithdrawn" -> warningsWithdrawn;
                case "breachesInitiated" -> breachesInitiated;
                case "decisionsNotToBreach" -> decisionsNotToBreach;
                default -> throw new IllegalArgumentException(name);
            };
        }
    }

    /** One count from the read model: a team's contacts with an outcome, or its actions of a kind. */
    record Row(String team, String what, long count) {
    }

    /** Pure: contact outcomes (case-service's ContactOutcome) and action kinds, per team and in total. */
    static Compliance of(Filters filters, List<Row> rows) {
        Map<String, Map<String, Long>> byTeam = new TreeMap<>();
        Map<String, Long> all = new TreeMap<>();
        rows.forEach(r -> {
            byTeam.computeIfAbsent(r.team(), t -> new TreeMap<>()).merge(r.what(), r.count(), Long::sum);
            all.merge(r.what(), r.count(), Long::sum);
        });
        List<Team> teams = new ArrayList<>();
        byTeam.forEach((team, counts) -> teams.add(team(team, counts)));
        return new Compliance(filters.from(), filters.to(), filters.team(), List.copyOf(teams), team("ALL", all));
    }

    private static Team team(String team, Map<String, Long> c) {
        return new Team(team, c.getOrDefault("ATTENDED_COMPLIED", 0L), c.getOrDefault("FAILED_TO_ATTEND", 0L),
                c.getOrDefault("ACCEPTABLE_ABSENCE", 0L), c.getOrDefault("UNACCEPTABLE_ABSENCE", 0L),
                c.getOrDefault("WARNING", 0L), c.getOrDefault("WARNING_WITHDRAWN", 0L), c.getOrDefault("BREACH", 0L),
                c.getOrDefault("NOT_TO_BREACH", 0L));
    }
}

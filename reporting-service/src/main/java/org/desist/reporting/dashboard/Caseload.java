package org.desist.reporting.dashboard;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/** Caseload and workload by team and officer: cases allocated, by tier in force, and their weighted workload. */
public record Caseload(LocalDate from, LocalDate to, Optional<String> team, List<String> tiers, List<Team> teams) {

    /** A case with no tier in force yet. */
    static final String UNTIERED = "UNTIERED";

    public record Team(String team, long cases, long workload, Map<String, Long> byTier, List<Officer> officers) {
    }

    public record Officer(String staffId, long cases, long workload, Map<String, Long> byTier) {
    }

    /** One count from the read model: cases of a team's officer at a tier. */
    record Row(String team, String staffId, String tier, long cases) {
    }

    /** Pure: the rows grouped by team and officer, tiers most serious first (A3 … D0), then untiered. */
    static Caseload of(Filters filters, List<Row> rows, Map<String, Integer> weights, int untieredWeight) {
        TreeSet<String> tiers = new TreeSet<>(Caseload::bySeriousness);
        rows.forEach(r -> tiers.add(r.tier()));
        Map<String, Map<String, Map<String, Long>>> byTeam = new TreeMap<>();
        rows.forEach(r -> byTeam.computeIfAbsent(r.team(), t -> new TreeMap<>())
                .computeIfAbsent(r.staffId(), s -> new TreeMap<>(Caseload::bySeriousness)).merge(r.tier(), r.cases(), Long::sum));
        List<Team> teams = new ArrayList<>();
        byTeam.forEach((team, officers) -> {
            List<Officer> loads = new ArrayList<>();
            Map<String, Long> teamTiers = ordered(tiers);
            officers.forEach((staffId, byTier) -> {
                Map<String, Long> counts = ordered(tiers);
                byTier.forEach((tier, n) -> {
                    counts.put(tier, n);
                    teamTiers.merge(tier, n, Long::sum);
                });
                loads.add(new Officer(staffId, sum(counts), workload(counts, weights, untieredWeight), counts));
            });
            teams.add(new Team(team, sum(teamTiers), workload(teamTiers, weights, untieredWeight), teamTiers,
                    List.copyOf(loads)));
        });
        return new Caseload(filters.from(), filters.to(), filters.team(), List.copyOf(tiers), List.copyOf(teams));
    }

    private static Map<String, Long> ordered(TreeSet<String> tiers) {
        Map<String, Long> counts = new LinkedHashMap<>();
        tiers.forEach(t -> counts.put(t, 0L));
        return counts;
    }

    private static long sum(Map<String, Long> counts) {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }

    static long workload(Map<String, Long> byTier, Map<String, Integer> weights, int untieredWeight) {
        return byTier.entrySet().stream().mapToLong(e -> e.getValue() * weights.getOrDefault(e.getKey(),
                untieredWeight)).sum();
    }

    /** A3 before A2 … before D0, then anything else (untiered) by name. */
    static int bySeriousness(String a, String b) {
        return Comparator.comparing(Caseload::rank).thenComparing(Comparator.naturalOrder()).compare(a, b);
    }

    private static int rank(String tier) {
        if (tier.length() == 2 && tier.charAt(0) >= 'A' && tier.charAt(0) <= 'D' && Character.isDigit(tier.charAt(1))) {
            return (tier.charAt(0) - 'A') * 10 + (9 - (tier.charAt(1) - '0'));
        }
        return 1_000;
    }
}

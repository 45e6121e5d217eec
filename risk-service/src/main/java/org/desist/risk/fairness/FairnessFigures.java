package org.desist.risk.fairness;

import org.desist.eventstore.disclosure.DisclosureControl;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.desist.risk.assessment.CalculatedLevel;
import org.desist.risk.fairness.FairnessReport.Calibration;
import org.desist.risk.fairness.FairnessReport.Group;
import org.desist.risk.fairness.FairnessReport.Overrides;
import org.desist.risk.fairness.FairnessReport.Rate;

/**
 * The fairness report's arithmetic, from everyone's {@link Subject} rows: shares over the people actually assessed,
 * each against the same share overall, flagged beyond {@link FairnessRules#flagAbove()} or
 * {@link FairnessRules#flagBelow()}, and OGRS3's calibration — every figure passed through {@link DisclosureControl}
 * before it is published. Pure: no I/O, no clock.
 */
final class FairnessFigures {

    static final Map<String, Function<Subject, String>> DIMENSIONS = ordered(
            "sex", Subject::sex, "ethnicity", Subject::ethnicity, "ageBand", Subject::ageBand);
    static final Map<String, Function<Subject, Optional<String>>> MEASURES = ordered(
            "rosh", Subject::rosh, "tier", Subject::tier, "ogrs3Band", Subject::ogrs3Band);

    /** The cells a person falls in for one calculated level, by the directions of the overrides made of it. */
    private static final String NONE = "NONE", UP = "UP", DOWN = "DOWN", BOTH = "BOTH";
    private static final Map<String, Set<String>> OVERRIDE_FIGURES = ordered(
            "rate", Set.of(UP, DOWN, BOTH), "up", Set.of(UP, BOTH), "down", Set.of(DOWN, BOTH));

    private final FairnessRules rules;
    private final DisclosureControl control;

    FairnessFigures(FairnessRules rules) {
        this.rules = rules;
        this.control = new DisclosureControl(rules.minimumGroupSize(), rules.roundingBase(), rules.significantGroupSize());
    }

    FairnessReport report(List<Subject> everyone, LocalDate today) {
        Overall overall = new Overall(everyone);
        Map<String, List<Group>> dimensions = new LinkedHashMap<>();
        DIMENSIONS.forEach((dimension, key) -> dimensions.put(dimension, dimension(everyone, key, overall, today)));
        return new FairnessReport(control.rounded(everyone.size()), rules.minimumGroupSize(), rules.significantGroupSize(),
                rules.roundingBase(), rules.flagAbove(), rules.flagBelow(), dimensions);
    }

    /** One dimension's groups: the groups are the cells of a table whose total (everyone) is published. */
    private List<Group> dimension(List<Subject> everyone, Function<Subject, String> key, Overall overall, LocalDate today) {
        Map<String, List<Subject>> byGroup = everyone.stream()
                .collect(Collectors.groupingBy(key, TreeMap::new, Collectors.toList()));
        Set<String> suppressed = control.withheld(counts(byGroup, members -> (long) members.size()), Set.of());
        Map<String, Optional<Calibration>> oneYear = calibrations(byGroup, suppressed, 1, today);
        Map<String, Optional<Calibration>> twoYear = calibrations(byGroup, suppressed, 2, today);
        List<Group> groups = new ArrayList<>();
        byGroup.forEach((name, members) -> groups.add(suppressed.contains(name) ? Group.suppressed(name)
                : group(name, members, overall, oneYear.get(name), twoYear.get(name))));
        return groups;
    }

    private Group group(String name, List<Subject> members, Overall overall, Optional<Calibration> oneYear,
            Optional<Calibration> twoYear) {
        List<String> flags = new ArrayList<>();
        Map<String, Map<String, Rate>> distributions = new LinkedHashMap<>();
        MEASURES.forEach((measure, value) -> {
            Map<String, Long> cells = new TreeMap<>();
            overall.categories(measure).forEach(category -> cells.put(category, 0L));
            members.forEach(s -> value.apply(s).ifPresent(category -> cells.merge(category, 1L, Long::sum)));
            long assessed = cells.values().stream().mapToLong(Long::longValue).sum();
            Set<String> withheld = control.withheld(cells, Set.of());
            Map<String, Rate> shares = new TreeMap<>();
            if (assessed > 0) {
                cells.forEach((category, count) -> shares.put(category, rate(measure + " " + category, Set.of(category),
                        cells, withheld, overall.share(measure, Set.of(category)), flags)));
            }
            distributions.put(measure, shares);
        });
        Map<CalculatedLevel, Overrides> overrides = new EnumMap<>(CalculatedLevel.class);
        for (CalculatedLevel level : CalculatedLevel.values()) {
            Map<String, Long> cells = overrideCells(members, level);
            if (cells.values().stream().mapToLong(Long::longValue).sum() == 0) {
                continue;
            }
            Set<String> withheld = control.withheld(cells, Set.of());
            String what = level.name().toLowerCase().replace('_', ' ') + " overrides";
            Map<String, Rate> rates = new LinkedHashMap<>();
            OVERRIDE_FIGURES.forEach((figure, summed) -> rates.put(figure, rate(figure.equals("rate") ? what : what + " " + figure,
                    summed, cells, withheld, overall.share(level.name(), summed), flags)));
            overrides.put(level, new Overrides(rates.get("rate"), rates.get("up"), rates.get("down")));
        }
        long count = members.size();
        return new Group(name, false, Optional.of(control.rounded(count)), Optional.of(control.significant(count)),
                Optional.of(distributions), Optional.of(overrides), Optional.of(List.copyOf(flags)), oneYear, twoYear);
    }

    /**
     * The share of a table's people in {@code summed} cells against the same share overall, or nothing if that would
     * give away a withheld cell; a published ratio beyond the thresholds is flagged, as published.
     */
    private Rate rate(String what, Set<String> summed, Map<String, Long> cells, Set<String> withheld, double overall,
            List<String> flags) {
        if (!DisclosureControl.publishable(summed, withheld)) {
            return Rate.SUPPRESSED;
        }
        long total = cells.values().stream().mapToLong(Long::longValue).sum();
        long in = summed.stream().mapToLong(cell -> cells.getOrDefault(cell, 0L)).sum();
        double share = in / (double) total;
        Rate rate = Rate.of(share, overall == 0 ? Optional.empty() : Optional.of(share / overall));
        rate.ratioToOverall().filter(ratio -> ratio > rules.flagAbove() || ratio < rules.flagBelow())
                .ifPresent(ratio -> flags.add(what + ": " + String.format("%.2f", ratio) + " times the overall rate"));
        return rate;
    }

    /** People calculated at a level, by the overrides ever countersigned of it: none, only up, only down, both. */
    private static Map<String, Long> overrideCells(List<Subject> people, CalculatedLevel level) {
        Map<String, Long> cells = new TreeMap<>(Map.of(NONE, 0L, UP, 0L, DOWN, 0L, BOTH, 0L));
        people.stream().filter(s -> s.level(level).isPresent()).forEach(s -> {
            Set<String> made = s.overridesMade().getOrDefault(level, Set.of());
            String cell = made.contains(UP) && made.contains(DOWN) ? BOTH : made.contains(UP) ? UP : made.contains(DOWN) ? DOWN
                    : NONE;
            cells.merge(cell, 1L, Long::sum);
        });
        return cells;
    }

    /**
     * Calibration over those whose first follow-up began at least {@code years} ago — re-sentenced or not. Within a
     * group, the reconvicted and the not reconvicted are a table of two cells; across the dimension, the cohorts are
     * a table whose total follows from any other dimension, so a lone withheld cohort takes another with it.
     */
    private Map<String, Optional<Calibration>> calibrations(Map<String, List<Subject>> byGroup, Set<String> suppressed,
            int years, LocalDate today) {
        Map<String, Cohort> cohorts = new TreeMap<>();
        byGroup.forEach((name, members) -> cohorts.put(name, Cohort.of(members, years, today)));
        Set<String> unpublishable = new HashSet<>(suppressed);
        cohorts.forEach((name, cohort) -> {
            if (!control.withheld(Map.of("reconvicted", cohort.reconvicted(), "not reconvicted",
                    cohort.size() - cohort.reconvicted()), Set.of()).isEmpty()) {
                unpublishable.add(name);
            }
        });
        Set<String> withheld = control.withheld(counts(cohorts, Cohort::size), unpublishable);
        Map<String, Optional<Calibration>> calibrations = new TreeMap<>();
        cohorts.forEach((name, cohort) -> calibrations.put(name, withheld.contains(name) || cohort.size() == 0
                ? Optional.empty()
                : Optional.of(new Calibration(control.rounded(cohort.size()),
                        DisclosureControl.published(cohort.reconvicted() / (double) cohort.size()),
                        DisclosureControl.published(cohort.meanPredicted())))));
        return calibrations;
    }

    /** Those followed up for at least {@code years}: how many, how many reconvicted within that time, the mean prediction. */
    private record Cohort(long size, long reconvicted, double meanPredicted) {

        static Cohort of(List<Subject> members, int years, LocalDate today) {
            List<Subject> cohort = members.stream().filter(s -> s.followUpStart().isPresent()
                    && !s.followUpStart().get().plusYears(years).isAfter(today)).toList();
            long reconvicted = cohort.stream().filter(s -> s.convictions().stream().anyMatch(date ->
                    date.isAfter(s.followUpStart().get()) && !date.isAfter(s.followUpStart().get().plusYears(years))))
                    .count();
            double predicted = cohort.stream().mapToDouble(s -> (years == 1 ? s.oneYearProbability()
                    : s.twoYearProbability()).orElse(0.0)).average().orElse(0);
            return new Cohort(cohort.size(), reconvicted, predicted);
        }
    }

    /**
     * Everyone's shares, worked out once for all the groups compared with them (so that the report grows with the
     * number of people, not with people times groups): per measure, over those assessed on it; per calculated level,
     * over those calculated at it.
     */
    private static final class Overall {

        private final Map<String, Map<String, Long>> cells = new LinkedHashMap<>();

        Overall(List<Subject> everyone) {
            MEASURES.forEach((measure, value) -> {
                Map<String, Long> counts = new TreeMap<>();
                everyone.forEach(s -> value.apply(s).ifPresent(category -> counts.merge(category, 1L, Long::sum)));
                cells.put(measure, counts);
            });
            for (CalculatedLevel level : CalculatedLevel.values()) {
                cells.put(level.name(), overrideCells(everyone, level));
            }
        }

        /** The values a measure takes among everyone, in order. */
        Set<String> categories(String measure) {
            return cells.get(measure).keySet();
        }

        double share(String table, Set<String> summed) {
            Map<String, Long> counts = cells.get(table);
            long total = counts.values().stream().mapToLong(Long::longValue).sum();
            return total == 0 ? 0 : summed.stream().mapToLong(cell -> counts.getOrDefault(cell, 0L)).sum() / (double) total;
        }
    }

    private static <V> Map<String, Long> counts(Map<String, V> cells, Function<V, Long> count) {
        Map<String, Long> counts = new TreeMap<>();
        cells.forEach((name, value) -> counts.put(name, count.apply(value)));
        return counts;
    }

    private static <V> Map<String, V> ordered(String k1, V v1, String k2, V v2, String k3, V v3) {
        Map<String, V> map = new LinkedHashMap<>();
        map.put(k1, v1);
        map.put(k2, v2);
        map.put(k3, v3);
        return Collections.unmodifiableMap(map);
    }
}

package org.desist.reporting.dashboard;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import org.desist.eventstore.disclosure.DisclosureControl;

/**
 * Fairness (000_c72660e7df92b92e.txt 3.1, 8.4: discrimination is monitored and challenged): for sex, ethnicity and
 * age band, the share of each group with each RoSH level, an override, breach action or a recall, as a ratio to the
 * same share overall, flagged beyond {@code flagAbove} and {@code flagBelow}. Every figure passes the kernel's
 * {@link DisclosureControl}: a group under the minimum, and a second beside a lone one, is published with no number
 * at all; a share that would give away a withheld cell is withheld; groups under the significant size are marked.
 */
public record Fairness(LocalDate from, LocalDate to, Optional<String> team, long people, int minimumGroupSize,
        int significantGroupSize, int roundingBase, double flagAbove, double flagBelow, Map<String, Rate> overall,
        Map<String, List<Group>> dimensions) {

    static final List<String> DIMENSIONS = List.of("sex", "ethnicity", "ageBand");
    static final List<String> RATES = List.of("breachActions", "recalls", "overrides");
    static final List<String> ROSH = List.of("LOW", "MEDIUM", "HIGH", "VERY_HIGH");

    /** A group: a suppressed one carries its name and {@code suppressed: true}, nothing else. */
    @JsonInclude(JsonInclude.Include.NON_ABSENT)
    public record Group(String group, boolean suppressed, Optional<Long> count, Optional<Boolean> tooSmallToGeneralise,
            Optional<Map<String, Rate>> rates, Optional<List<String>> flags) {

        static Group suppressed(String name) {
            return new Group(name, true, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
        }
    }

    /** A share and its ratio to the overall share; a withheld one carries {@code suppressed: true} alone. */
    @JsonInclude(JsonInclude.Include.NON_ABSENT)
    public record Rate(boolean suppressed, Optional<Double> share, Optional<Double> ratioToOverall,
            Optional<Boolean> flagged) {

        static final Rate SUPPRESSED = new Rate(true, Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** People of one combination of groups and outcomes, from the read model. */
    record Row(String sex, String ethnicity, String ageBand, Optional<String> rosh, boolean breachAction,
            boolean recalled, boolean overridden, long people) {
    }

    /** The thresholds ({@link DashboardConfig.Fairness}). */
    record Rules(int minimumGroupSize, int significantGroupSize, int roundingBase, double flagAbove, double flagBelow) {

        static Rules of(DashboardConfig.Fairness config) {
            return new Rules(config.minimumGroupSize(), config.significantGroupSize(), config.roundingBase(),
                    config.flagAbove(), config.flagBelow());
        }
    }

    /** What each rate counts, and over whom: the breach, recall and override rates over everyone; RoSH over those assessed. */
    private record Measure(String name, Predicate<Row> counted, Predicate<Row> over) {
    }

    private static List<Measure> measures() {
        List<Measure> measures = new ArrayList<>(List.of(new Measure("breachActions", Row::breachAction, r -> true),
                new Measure("recalls", Row::recalled, r -> true), new Measure("overrides", Row::overridden, r -> true)));
        ROSH.forEach(level -> measures.add(new Measure("rosh" + level, r -> r.rosh().filter(level::equals).isPresent(),
                r -> r.rosh().isPresent())));
        return measures;
    }

    /** Pure: the panel from the read model's rows. */
    static Fairness of(Filters filters, List<Row> rows, Rules rules) {
        DisclosureControl control = new DisclosureControl(rules.minimumGroupSize(), rules.roundingBase(),
                rules.significantGroupSize());
        List<Measure> measures = measures();
        // a ratio to a withheld overall share would give that share away (share / ratio): no ratio then
        Map<String, Optional<Double>> overallShares = new LinkedHashMap<>();
        Map<String, Rate> overall = new LinkedHashMap<>();
        measures.forEach(m -> {
            Counted c = count(rows, m);
            Rate rate = rate(control, c, Optional.empty(), rules, new ArrayList<>(), m.name());
            overall.put(m.name(), rate);
            overallShares.put(m.name(), rate.suppressed() ? Optional.empty() : Optional.of(c.share()));
        });
        Map<String, Function<Row, String>> keys = Map.of("sex", Row::sex, "ethnicity", Row::ethnicity, "ageBand",
                Row::ageBand);
        Map<String, List<Group>> dimensions = new LinkedHashMap<>();
        for (String dimension : DIMENSIONS) {
            Map<String, List<Row>> byGroup = new TreeMap<>();
            rows.forEach(r -> byGroup.computeIfAbsent(keys.get(dimension).apply(r), g -> new ArrayList<>()).add(r));
            Map<String, Long> sizes = new TreeMap<>();
            byGroup.forEach((g, members) -> sizes.put(g, people(members)));
            Set<String> suppressed = control.withheld(sizes, Set.of());
            List<Group> groups = new ArrayList<>();
            byGroup.forEach((name, members) -> {
                if (suppressed.contains(name)) {
                    groups.add(Group.suppressed(name));
                    return;
                }
                List<String> flags = new ArrayList<>();
                Map<String, Rate> rates = new LinkedHashMap<>();
                measures.forEach(m -> rates.put(m.name(), rate(control, count(members, m),
                        overallShares.get(m.name()), rules, flags, m.name())));
                long size = sizes.get(name);
                groups.add(new Group(name, false, Optional.of(control.rounded(size)),
                        Optional.of(!control.significant(size)), Optional.of(rates), Optional.of(List.copyOf(flags))));
            });
            dimensions.put(dimension, List.copyOf(groups));
        }
        return new Fairness(filters.from(), filters.to(), filters.team(), control.rounded(people(rows)),
                rules.minimumGroupSize(), rules.significantGroupSize(), rules.roundingBase(), rules.flagAbove(),
                rules.flagBelow(), overall, dimensions);
    }

    /** Those counted and not counted among those a measure is over: a table of two cells. */
    private record Counted(long in, long out) {
        double share() {
            return in + out == 0 ? 0 : in / (double) (in + out);
        }
    }

    private static Counted count(List<Row> rows, Measure m) {
        long in = 0, out = 0;
        for (Row r : rows) {
            if (m.over().test(r)) {
                if (m.counted().test(r)) {
                    in += r.people();
                } else {
                    out += r.people();
                }
            }
        }
        return new Counted(in, out);
    }

    private static long people(List<Row> rows) {
        return rows.stream().mapToLong(Row::people).sum();
    }

    /** A share unless either cell is withheld (a two-cell table: one withheld cell takes the other with it). */
    private static Rate rate(DisclosureControl control, Counted c, Optional<Double> overall, Rules rules,
            List<String> flags, String what) {
        if (c.in() + c.out() == 0 || !control.withheld(Map.of("in", c.in(), "out", c.out()), Set.of()).isEmpty()) {
            return Rate.SUPPRESSED;
        }
        double share = DisclosureControl.published(c.share());
        Optional<Double> ratio = overall.filter(o -> o > 0).map(o -> DisclosureControl.published(c.share() / o));
        Optional<Boolean> flagged = ratio.map(r -> r > rules.flagAbove() || r < rules.flagBelow());
        if (flagged.orElse(false)) {
            flags.add(what + ": " + String.format("%.2f", ratio.get()) + " times the overall rate");
        }
        return new Rate(false, Optional.of(share), ratio, flagged);
    }
}

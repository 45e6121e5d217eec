package org.desist.eventstore.disclosure;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Statistical disclosure control for figures that join special-category data (ethnicity, sex, age) to risk judgements,
 * as official statistics do it: cells of fewer than {@code minimum} people are withheld (primary suppression), a
 * second cell is withheld beside any lone one so that none follows from a total (complementary suppression), and the
 * counts that are published are rounded to a multiple of {@code roundingBase}. Pure arithmetic, no I/O; one rule for
 * every service that publishes such figures (risk-service's fairness report, reporting-service's dashboard).
 */
public record DisclosureControl(int minimum, int roundingBase, int significantFrom) {

    /** Shares and ratios are published to two decimal places: whole percentages. */
    public static final int DECIMALS = 2;

    public DisclosureControl {
        if (minimum < 1 || roundingBase < 1 || significantFrom < 1) {
            throw new IllegalArgumentException("thresholds and the rounding base are whole numbers of at least 1");
        }
    }

    /** A count as published: the nearest multiple of the base, halves up, so one more person rarely moves it. */
    public long rounded(long count) {
        return (2 * count + roundingBase) / (2L * roundingBase) * roundingBase;
    }

    /**
     * Whether a group is large enough for its rates to be read as significant, judged on the count as published so
     * that the flag tells nothing the rounded count does not.
     */
    public boolean significant(long count) {
        return rounded(count) >= significantFrom;
    }

    /**
     * The cells of one table (a partition of people, whose total is published or follows from shares summing to 1)
     * that must be withheld: those of 1 to {@code minimum - 1} people, those already withheld for another reason, and,
     * when that leaves a single one (which the total minus the others would give away), the next-smallest non-empty
     * cell too (ties by key). If there is no such cell, the lone cell could be read from the empty ones and the total,
     * so the whole table is withheld. Empty cells are not withheld on their own: a zero names no one.
     */
    public <K extends Comparable<K>> Set<K> withheld(Map<K, Long> counts, Set<K> alsoWithheld) {
        Map<K, Long> cells = new TreeMap<>(counts);
        Set<K> withheld = new LinkedHashSet<>();
        cells.forEach((key, count) -> {
            if (alsoWithheld.contains(key) || (count > 0 && count < minimum)) {
                withheld.add(key);
            }
        });
        if (withheld.size() == 1) {
            cells.entrySet().stream()
                    .filter(cell -> !withheld.contains(cell.getKey()) && cell.getValue() > 0)
                    .min(Map.Entry.<K, Long>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                    .ifPresentOrElse(next -> withheld.add(next.getKey()), () -> withheld.addAll(cells.keySet()));
        }
        return Set.copyOf(withheld);
    }

    /**
     * Whether a figure summing {@code cells} of a table may be published: it includes no withheld cell, or all of them
     * (their sum follows from the total and the published cells anyway), so no withheld cell can be told apart.
     */
    public static <K> boolean publishable(Set<K> cells, Set<K> withheld) {
        return withheld.stream().noneMatch(cells::contains) || cells.containsAll(withheld);
    }

    /** A share or ratio as published, worked out from the true counts. */
    public static double published(double value) {
        double scale = Math.pow(10, DECIMALS);
        return Math.round(value * scale) / scale;
    }
}

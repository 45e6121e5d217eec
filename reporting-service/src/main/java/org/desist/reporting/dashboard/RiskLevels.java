package org.desist.reporting.dashboard;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Risk of serious harm and tier distributions of the cases now supervised, and the overrides countersigned over the
 * dates by what they overrode (the tier, the OGRS3 band) and which way (UP to more serious, or DOWN).
 */
public record RiskLevels(LocalDate from, LocalDate to, Optional<String> team, Map<String, Long> rosh,
        Map<String, Long> tiers, Map<String, Map<String, Long>> overrides) {

    static final List<String> ROSH = List.of("LOW", "MEDIUM", "HIGH", "VERY_HIGH", "NOT_ASSESSED");

    /** One count from the read model: {@code what} is rosh, tier or override; {@code value} its level or "LEVEL DIRECTION". */
    record Row(String what, String value, long count) {
    }

    static RiskLevels of(Filters filters, List<Row> rows) {
        Map<String, Long> rosh = new LinkedHashMap<>();
        ROSH.forEach(level -> rosh.put(level, 0L));
        Map<String, Long> tiers = new TreeMap<>(Caseload::bySeriousness);
        Map<String, Map<String, Long>> overrides = new TreeMap<>();
        for (Row r : rows) {
            switch (r.what()) {
                case "rosh" -> rosh.merge(r.value(), r.count(), Long::sum);
                case "tier" -> tiers.merge(r.value(), r.count(), Long::sum);
                default -> {
                    String[] levelAndDirection = r.value().split(" ", 2);
                    Map<String, Long> directions = overrides.computeIfAbsent(levelAndDirection[0],
                            l -> new LinkedHashMap<>(Map.of("UP", 0L, "DOWN", 0L)));
                    directions.merge(levelAndDirection.length > 1 ? levelAndDirection[1] : "UP", r.count(), Long::sum);
                }
            }
        }
        return new RiskLevels(filters.from(), filters.to(), filters.team(), rosh, new LinkedHashMap<>(tiers), overrides);
    }
}

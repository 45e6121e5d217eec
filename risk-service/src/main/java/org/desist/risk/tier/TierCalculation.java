package org.desist.risk.tier;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.desist.reference.RegistrationType;

/** A tier and how it was reached: the protect and change points and levels (shared/facts/TIER.md). */
public record TierCalculation(String tier, char protectLevel, int protectPoints, int changeLevel, int changePoints,
        Map<String, Integer> protectBreakdown, Map<String, Integer> changeBreakdown, TierInputs inputs) {

    private static final BigDecimal SEVEN = new BigDecimal("7.00");
    private static final BigDecimal THREE = new BigDecimal("3.00");

    /** The published tier service's version 2 rules, as TIER.md states them. */
    public static TierCalculation of(TierInputs in) {
        int rsr = in.rsrPercent().map(p -> p.compareTo(SEVEN) >= 0 ? 20 : p.compareTo(THREE) >= 0 ? 10 : 0).orElse(0);
        int rosh = in.rosh().map(level -> switch (level) {
            case VERY_HIGH -> 150;
            case HIGH -> 20;
            case MEDIUM -> 10;
            case LOW -> 0;
        }).orElse(0);
        int riskPoints = Math.max(rsr, rosh); // only the larger of RSR and RoSH counts
        int mappa = in.mappaLevel().map(level -> level >= 2 ? 150 : level == 1 ? 5 : 0).orElse(0);
        int complexity = 2 * (int) in.complexityFactors().stream().filter(RegistrationType::complexityFactor).count();
        int womens = in.female() ? 2 * Math.min(3, Math.max(0, in.womensFactors())) : 0;
        int protect = riskPoints + mappa + complexity + womens;
        char protectLevel = protect >= 150 ? 'A' : protect >= 20 ? 'B' : protect >= 10 ? 'C' : 'D';

        int needs = in.needs().entrySet().stream().mapToInt(e -> e.getKey().weight() * e.getValue().factor()).sum();
        int ogrs = in.ogrs3TwoYearPercent().map(p -> p / 10).orElse(0);
        int iom = in.iomNominal() ? 2 : 0;
        int change = needs + ogrs + iom;
        int changeLevel;
        if (!in.mandateForChange()) {
            changeLevel = 0;
        } else if (!in.validAssessment()) {
            changeLevel = 2;
        } else {
            changeLevel = change >= 20 ? 3 : change >= 10 ? 2 : 1;
        }
        return new TierCalculation("" + protectLevel + changeLevel, protectLevel, protect, changeLevel, change,
                Map.of("rsr", rsr, "rosh", rosh, "riskCounted", riskPoints, "mappa", mappa, "complexityFactors", complexity,
                        "womensFactors", womens),
                Map.of("needs", needs, "ogrs3", ogrs, "iom", iom), in);
    }

    /** How the tier was reached, one line per input that scored and per level (shared/facts/TIER.md). */
    public List<String> explanation() {
        List<String> lines = new ArrayList<>();
        lines.add("RSR " + inputs.rsrPercent().map(p -> p.toPlainString() + "%").orElse("unknown") + ": "
                + protectBreakdown.get("rsr") + " points");
        lines.add("risk of serious harm " + inputs.rosh().map(Enum::name).orElse("not assessed") + ": "
                + protectBreakdown.get("rosh") + " points");
        lines.add("only the larger of RSR and risk of serious harm counts: " + protectBreakdown.get("riskCounted"));
        inputs.mappaLevel().ifPresent(level -> lines.add("MAPPA level " + level + ": " + protectBreakdown.get("mappa")
                + " points"));
        List<String> factors = inputs.complexityFactors().stream().filter(RegistrationType::complexityFactor)
                .map(Enum::name).sorted().toList();
        if (!factors.isEmpty()) {
            lines.add("complexity factors " + String.join(", ", factors) + ": 2 each, "
                    + protectBreakdown.get("complexityFactors") + " points");
        }
        if (inputs.female()) {
            lines.add("women's factors " + inputs.womensFactors() + ": " + protectBreakdown.get("womensFactors")
                    + " points");
        }
        lines.add("protect points " + protectPoints + ": level " + protectLevel
                + " (A at 150 or more, B 20-149, C 10-19, D below 10)");
        inputs.needs().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(need -> lines.add("need "
                + need.getKey() + " " + need.getValue() + ": weight " + need.getKey().weight() + " x "
                + need.getValue().factor() + " = " + need.getKey().weight() * need.getValue().factor() + " points"));
        lines.add("OGRS3 2-year " + inputs.ogrs3TwoYearPercent().map(p -> p + "%").orElse("unknown") + ": "
                + changeBreakdown.get("ogrs3") + " points");
        if (inputs.iomNominal()) {
            lines.add("IOM nominal: 2 points");
        }
        lines.add(!inputs.mandateForChange() ? "no mandate for change: level 0"
                : !inputs.validAssessment() ? "no valid assessment: level 2"
                : "change points " + changePoints + ": level " + changeLevel + " (3 at 20 or more, 2 at 10-19, 1 below 10)");
        lines.add("tier " + tier);
        return List.copyOf(lines);
    }

    /** The same inputs and points, whatever the scale a stored RSR percentage came back with (4.2 or 4.20). */
    public boolean sameAs(TierCalculation other) {
        return normalised().equals(other.normalised());
    }

    private TierCalculation normalised() {
        return new TierCalculation(tier, protectLevel, protectPoints, changeLevel, changePoints, protectBreakdown,
                changeBreakdown, inputs.withRsrPercent(inputs.rsrPercent().map(BigDecimal::stripTrailingZeros)));
    }
}

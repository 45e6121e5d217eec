package org.desist.risk.tier;

import java.math.BigDecimal;
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
}

package org.desist.risk.ogrs3;

/** An OGRS3 result: the reported percents and band, the probabilities, and the factors that made them. */
public record Ogrs3Score(int oneYearPercent, int twoYearPercent, Band band, double oneYearProbability,
        double twoYearProbability, Factors factors, String version) {

    /** The four terms of the linear score. */
    public record Factors(double ageSex, double convictionStatus, double copasRate, double offence) {
    }
}

package org.desist.risk.ogrs3;

/** The band of the two-year score (shared/facts/OGRS3.md): LOW 0-49, MEDIUM 50-74, HIGH 75-89, VERY_HIGH 90-99. */
public enum Band {
    LOW,
    MEDIUM,
    HIGH,
    VERY_HIGH;

    static Band ofTwoYearPercent(int percent) {
        if (percent >= 90) {
            return VERY_HIGH;
        }
        if (percent >= 75) {
            return HIGH;
        }
        return percent >= 50 ? MEDIUM : LOW;
    }
}

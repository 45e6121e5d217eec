package org.desist.risk.tier;

/** Risk of serious harm. */
public enum RoshLevel {
    LOW,
    MEDIUM,
    HIGH,
    VERY_HIGH;

    /** HIGH and VERY_HIGH take effect only once a senior officer has countersigned them. */
    public boolean needsCountersignature() {
        return this == HIGH || this == VERY_HIGH;
    }
}

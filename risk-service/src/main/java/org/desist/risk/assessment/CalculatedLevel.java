package org.desist.risk.assessment;

import java.util.Arrays;
import org.desist.eventstore.http.InvalidField;
import org.desist.risk.ogrs3.Band;

/**
 * The levels risk-service calculates, each of which an officer may override with a rationale and a countersignature
 * (000_c72660e7df92b92e.txt 8.3, 8.5): the tier (shared/facts/TIER.md) and the OGRS3 band (shared/facts/OGRS3.md).
 */
public enum CalculatedLevel {
    TIER,
    OGRS3_BAND;

    /** Refuses a value that is not a level of this kind, naming the field. */
    void check(String value) {
        boolean valid = switch (this) {
            case TIER -> value.matches("[A-D][0-3]");
            case OGRS3_BAND -> Arrays.stream(Band.values()).map(Enum::name).anyMatch(value::equals);
        };
        if (!valid) {
            throw new InvalidField("value", this == TIER ? "a tier such as B2" : "one of " + Arrays.toString(Band.values()),
                    value + " is not " + (this == TIER ? "a tier" : "an OGRS3 band"), null);
        }
    }

    /**
     * UP when the overriding value means more risk or more intervention than the calculated one: a tier's protect
     * letter nearer A or a higher change digit, a higher OGRS3 band; otherwise DOWN.
     */
    public String direction(String calculated, String overriding) {
        return severity(overriding) > severity(calculated) ? "UP" : "DOWN";
    }

    private int severity(String value) {
        return switch (this) {
            case TIER -> ('D' - value.charAt(0)) * 10 + (value.charAt(1) - '0');
            case OGRS3_BAND -> Band.valueOf(value).ordinal();
        };
    }
}

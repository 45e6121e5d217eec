package org.desist.reporting.dashboard;

import java.util.List;

/** Which way an override moved a calculated level: UP to a more serious tier or OGRS3 band, or DOWN. */
final class Overrides {

    private static final List<String> BANDS = List.of("LOW", "MEDIUM", "HIGH", "VERY_HIGH");

    private Overrides() {
    }

    static String direction(String level, String calculated, String value) {
        return severity(level, value) > severity(level, calculated) ? "UP" : "DOWN";
    }

    /** A tier's letter A is the most serious and D the least; within a letter, 3 is the most. */
    private static int severity(String level, String value) {
        if ("TIER".equals(level) && value.length() == 2) {
            return ('D' - value.charAt(0)) * 10 + (value.charAt(1) - '0');
        }
        return BANDS.indexOf(value);
    }
}

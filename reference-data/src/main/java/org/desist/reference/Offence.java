package org.desist.reference;

import java.util.Optional;

/**
 * One row of the Home Office offence code table: the five-digit code (group and sub-code), its description and its
 * OGRS3 weighting, which is empty when the code has no OGRS3 mapping.
 */
public record Offence(String code, String group, String category, String subCategory, Optional<OgrsWeighting> ogrs3,
        boolean violent) {

    /** The OGRS3 parameter of the offence's category, or the table's mark that a more specific code is needed. */
    public sealed interface OgrsWeighting {

        record Parameter(double value) implements OgrsWeighting {
        }

        /** The table's 999: the exact offence must be given, by a more specific code. */
        record NeedsSpecificCode() implements OgrsWeighting {
        }
    }
}

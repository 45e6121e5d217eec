package org.desist.risk.ogrs3;

import java.util.Optional;
import org.desist.eventstore.http.InvalidField;
import org.desist.reference.Offence;
import org.desist.reference.OffenceCodes;

/** The OGRS3 category of the current offence, given by name or by Home Office offence code (OGRS3.md). */
public final class OffenceResolution {

    private static final String SOURCE = "OGRS3.md, OffenceCategory";

    private OffenceResolution() {
    }

    public static OffenceCategory resolve(Optional<OffenceCategory> category, Optional<String> code) {
        if (category.isPresent() && code.isPresent()) {
            throw new InvalidField("offenceCode", "either offenceCategory or offenceCode, not both",
                    "give the offence once: by its OGRS3 category or by its Home Office code", SOURCE);
        }
        return category.orElseGet(() -> byCode(code.orElseThrow(() -> new InvalidField("offenceCategory",
                "offenceCategory or offenceCode", "give the current offence by its OGRS3 category or its Home Office code",
                SOURCE))));
    }

    public static OffenceCategory byCode(String code) {
        Offence offence = OffenceCodes.table().find(code).orElseThrow(() -> new InvalidField("offenceCode",
                "a code of the Home Office offence code table", code + " is not in the Home Office offence code table",
                SOURCE));
        Offence.OgrsWeighting weighting = offence.ogrs3().orElseThrow(() -> new InvalidField("offenceCode",
                "an offence with an OGRS3 weighting", code + " (" + offence.subCategory() + ") has no OGRS3 mapping",
                SOURCE));
        return switch (weighting) {
            case Offence.OgrsWeighting.NeedsSpecificCode ignored -> throw new InvalidField("offenceCode",
                    "a more specific offence code", code + " (" + offence.subCategory()
                            + ") needs the exact offence: give a more specific code", SOURCE);
            case Offence.OgrsWeighting.Parameter parameter -> OffenceCategory.withParameter(parameter.value())
                    .orElseThrow(() -> new IllegalStateException("the offence table's weighting " + parameter.value()
                            + " of " + code + " is no OGRS3 category's parameter"));
        };
    }
}

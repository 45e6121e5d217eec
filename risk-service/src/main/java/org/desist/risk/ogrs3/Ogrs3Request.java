package org.desist.risk.ogrs3;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The request to {@code POST /predictors/ogrs3}: the offence by OGRS3 category or by Home Office offence code. */
@Schema(example = "{\"sex\": \"MALE\", \"dateOfBirth\": \"1990-01-01\", \"dateOfCurrentConviction\": \"2026-01-01\", "
        + "\"dateOfStartOfFollowUp\": \"2026-02-01\", \"ageAtFirstSanction\": 18, \"totalSanctions\": 5, "
        + "\"offenceCategory\": \"THEFT_NON_MOTOR\"}")
public record Ogrs3Request(
        @NotNull Sex sex,
        @NotNull LocalDate dateOfBirth,
        @NotNull LocalDate dateOfCurrentConviction,
        @NotNull LocalDate dateOfStartOfFollowUp,
        @NotNull Integer ageAtFirstSanction,
        @NotNull Integer totalSanctions,
        Optional<OffenceCategory> offenceCategory,
        Optional<@Pattern(regexp = "[0-9]{5}", message = "must be a five-digit Home Office offence code") String> offenceCode) {

    public Ogrs3Request {
        offenceCategory = offenceCategory == null ? Optional.empty() : offenceCategory;
        offenceCode = offenceCode == null ? Optional.empty() : offenceCode;
    }
}

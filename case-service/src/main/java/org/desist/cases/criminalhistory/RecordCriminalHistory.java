package org.desist.cases.criminalhistory;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The police record of a person's previous sanctions (the Police National Computer, as checked). */
@org.eclipse.microprofile.openapi.annotations.media.Schema(example = "{\"previousSanctions\": 3, \"firstSanctionDate\": \"2008-05-01\", \"previousOffences\": [{\"offenceCode\": \"00101\", \"offenceDate\": \"2008-03-01\", \"convictionDate\": \"2008-05-01\"}]}")
public record RecordCriminalHistory(
        @NotNull @Min(0) @Max(500) Integer previousSanctions,
        Optional<@PastOrPresent LocalDate> firstSanctionDate,
        Optional<@Size(max = 500) List<@NotNull @Valid Offence>> previousOffences,
        Optional<@Size(max = 100) String> source) {

    public RecordCriminalHistory {
        firstSanctionDate = firstSanctionDate == null ? Optional.empty() : firstSanctionDate;
        previousOffences = previousOffences == null ? Optional.empty() : previousOffences;
        source = source == null ? Optional.empty() : source;
    }

    public record Offence(
            @NotNull @Pattern(regexp = "[0-9]{5}", message = "must be a five-digit Home Office offence code") String offenceCode,
            @NotNull @PastOrPresent LocalDate offenceDate,
            @NotNull @PastOrPresent LocalDate convictionDate) {
    }
}

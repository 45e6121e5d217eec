package org.desist.cases.criminalhistory;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A new conviction, recorded after the person came under supervision. */
@org.eclipse.microprofile.openapi.annotations.media.Schema(example = "{\"offenceCode\": \"00101\", \"offenceDate\": \"2026-06-01\", \"convictionDate\": \"2026-07-01\", \"court\": \"Leeds Crown Court\"}")
public record RecordConviction(
        @NotNull @Pattern(regexp = "[0-9]{5}", message = "must be a five-digit Home Office offence code") String offenceCode,
        @NotNull @PastOrPresent LocalDate offenceDate,
        @NotNull @PastOrPresent LocalDate convictionDate,
        @NotBlank @Size(max = 200) String court) {
}

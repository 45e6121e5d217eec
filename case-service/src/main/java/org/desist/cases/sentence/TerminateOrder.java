package org.desist.cases.sentence;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** The request to record how an order or licence ended, and why. */
@org.eclipse.microprofile.openapi.annotations.media.Schema(example = "{\"reason\": \"COMPLETED\", \"terminatedOn\": \"2027-09-02\", \"rationale\": \"all requirements met\"}")
public record TerminateOrder(
        @NotNull TerminationReason reason,
        @NotNull @PastOrPresent LocalDate terminatedOn,
        @NotBlank @Size(max = 2_000) String rationale) {
}

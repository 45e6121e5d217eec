package org.desist.cases.sentence;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A recall from licence: when, and why. */
@Schema(example = "{\"recalledOn\": \"2027-02-01\", \"rationale\": \"contact with the victim in breach of licence\"}")
public record Recall(@NotNull @PastOrPresent LocalDate recalledOn, @NotBlank @Size(max = 5_000) String rationale) {
}

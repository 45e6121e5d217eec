package org.desist.cases.allocation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Optional;

/** The request to allocate (or reallocate, with a reason) a person's case to an officer. */
@org.eclipse.microprofile.openapi.annotations.media.Schema(example = "{\"staffId\": \"officer\", \"team\": \"N01\", \"reason\": \"caseload balancing\"}")
public record AllocateCase(
        @NotBlank @Size(max = 100) String staffId,
        @NotBlank @Size(max = 100) String team,
        Optional<@Size(max = 2_000) String> reason) {

    public AllocateCase {
        reason = reason == null ? Optional.empty() : reason;
    }
}

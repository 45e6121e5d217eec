package org.desist.cases.contact;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Optional;

/** What came of an appointment. */
@org.eclipse.microprofile.openapi.annotations.media.Schema(example = "{\"outcome\": \"UNACCEPTABLE_ABSENCE\", \"notes\": \"did not attend; no reason given\"}")
public record RecordOutcome(@NotNull ContactOutcome outcome, Optional<@Size(max = 20_000) String> notes) {

    public RecordOutcome {
        notes = notes == null ? Optional.empty() : notes;
    }
}

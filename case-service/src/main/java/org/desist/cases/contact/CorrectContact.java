package org.desist.cases.contact;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Optional;

/** A correction: why, and the fields it puts right (those left out keep their recorded values). */
@org.eclipse.microprofile.openapi.annotations.media.Schema(example = "{\"reason\": \"medical certificate received\", \"outcome\": \"ACCEPTABLE_ABSENCE\"}")
public record CorrectContact(
        @NotBlank @Size(max = 2_000) String reason,
        Optional<ContactType> type,
        Optional<@PastOrPresent Instant> occurredAt,
        Optional<ContactOutcome> outcome,
        Optional<@Size(max = 20_000) String> notes) {

    public CorrectContact {
        type = type == null ? Optional.empty() : type;
        occurredAt = occurredAt == null ? Optional.empty() : occurredAt;
        outcome = outcome == null ? Optional.empty() : outcome;
        notes = notes == null ? Optional.empty() : notes;
    }
}

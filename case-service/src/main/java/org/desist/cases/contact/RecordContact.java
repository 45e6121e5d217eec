package org.desist.cases.contact;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Optional;

/** The request to record a contact. */
@org.eclipse.microprofile.openapi.annotations.media.Schema(example = "{\"type\": \"HOME_VISIT\", \"occurredAt\": \"2026-11-20T10:00:00Z\", \"outcome\": \"ATTENDED_COMPLIED\", \"notes\": \"seen at home; discussed accommodation\", \"loneContact\": true, \"loneContactReason\": \"planned home visit in the sentence plan\"}")
public record RecordContact(
        @NotNull ContactType type,
        @NotNull @PastOrPresent Instant occurredAt,
        @NotNull ContactOutcome outcome,
        @NotNull @Size(max = 20_000) String notes,
        boolean loneContact,
        Optional<@Pattern(regexp = "(?s).*\\S.*", message = "must not be blank") @Size(max = 2_000) String> loneContactReason,
        Optional<java.util.UUID> planObjectiveId) {

    public RecordContact {
        loneContactReason = loneContactReason == null ? Optional.empty() : loneContactReason;
        planObjectiveId = planObjectiveId == null ? Optional.empty() : planObjectiveId;
    }
}

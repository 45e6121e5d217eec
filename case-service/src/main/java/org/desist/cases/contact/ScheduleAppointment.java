package org.desist.cases.contact;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** The request to book an appointment: in person, home visit, video or phone (remote contacts, 004). */
@org.eclipse.microprofile.openapi.annotations.media.Schema(example = "{\"type\": \"OFFICE_VISIT\", \"startsAt\": \"2026-12-01T09:30:00Z\", \"sentenceId\": \"01a20a1f-aed3-740e-92b5-e833b01629ca\"}")
public record ScheduleAppointment(
        @NotNull ContactType type,
        @NotNull Instant startsAt,
        Optional<UUID> sentenceId,
        Optional<@Size(max = 2_000) String> notes) {

    public ScheduleAppointment {
        sentenceId = sentenceId == null ? Optional.empty() : sentenceId;
        notes = notes == null ? Optional.empty() : notes;
    }
}

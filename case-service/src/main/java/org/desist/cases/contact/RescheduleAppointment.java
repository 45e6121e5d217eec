package org.desist.cases.contact;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An appointment moved: to when, and why. */
@Schema(example = "{\"startsAt\": \"2026-12-03T14:00:00Z\", \"reason\": \"clashes with a hospital appointment\"}")
public record RescheduleAppointment(@NotNull Instant startsAt, @NotBlank @Size(max = 2_000) String reason) {
}

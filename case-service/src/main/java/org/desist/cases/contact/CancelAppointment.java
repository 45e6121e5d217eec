package org.desist.cases.contact;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An appointment called off, and why. */
@Schema(example = "{\"reason\": \"officer off sick; rebooked for next week\"}")
public record CancelAppointment(@NotBlank @Size(max = 2_000) String reason) {
}

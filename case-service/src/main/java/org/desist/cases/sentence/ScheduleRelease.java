package org.desist.cases.sentence;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/** A release on licence from custody: when, on what conditions, and until when. */
@org.eclipse.microprofile.openapi.annotations.media.Schema(example = "{\"releaseDate\": \"2027-01-15\", \"licenceConditions\": [\"no contact with the victim\"], \"licenceEndDate\": \"2027-03-02\"}")
public record ScheduleRelease(
        @NotNull LocalDate releaseDate,
        @NotNull @Size(max = 30) List<@NotBlank @Size(max = 1_000) String> licenceConditions,
        @NotNull LocalDate licenceEndDate) {
}

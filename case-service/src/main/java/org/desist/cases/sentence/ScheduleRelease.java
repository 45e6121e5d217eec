package org.desist.cases.sentence;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/** A release on licence from custody: when, on what conditions, and until when. */
public record ScheduleRelease(
        @NotNull LocalDate releaseDate,
        @NotNull @Size(max = 30) List<@NotBlank @Size(max = 1_000) String> licenceConditions,
        @NotNull LocalDate licenceEndDate) {
}

package org.desist.cases.sentence;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A session of unpaid work: when, how many hours (in quarter hours or finer), and on which project. */
@org.eclipse.microprofile.openapi.annotations.media.Schema(example = "{\"workedOn\": \"2026-03-07\", \"hours\": 7.5, \"project\": \"community garden\"}")
public record LogUnpaidWork(
        @NotNull @PastOrPresent LocalDate workedOn,
        @NotNull @DecimalMin(value = "0.25") @DecimalMax("12") @Digits(integer = 2, fraction = 2) BigDecimal hours,
        @NotBlank @Size(max = 200) String project) {
}

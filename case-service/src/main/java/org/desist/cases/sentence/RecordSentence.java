package org.desist.cases.sentence;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The request to record a court's sentence for a person. */
@org.eclipse.microprofile.openapi.annotations.media.Schema(example = "{\"type\": \"COMMUNITY_ORDER\", \"sentenceDate\": \"2026-03-02\", \"court\": \"Cardiff Magistrates Court\", \"lengthMonths\": 18, \"offences\": [{\"offenceCode\": \"00101\", \"offenceDate\": \"2026-01-10\"}], \"requirements\": [{\"type\": \"UNPAID_WORK\", \"hours\": 120}, {\"type\": \"REHABILITATION_ACTIVITY\", \"days\": 20}]}")
public record RecordSentence(
        @NotNull SentenceType type,
        @NotNull @PastOrPresent LocalDate sentenceDate,
        @NotBlank @Size(max = 200) String court,
        @NotNull @Min(1) @Max(1200) Integer lengthMonths,
        @NotEmpty @Size(max = 50) List<@NotNull @Valid Offence> offences,
        Optional<@Size(max = 20) List<@NotNull @Valid Requirement>> requirements) {

    public RecordSentence {
        requirements = requirements == null ? Optional.empty() : requirements;
    }

    /** An offence the sentence is for, by its Home Office offence code. */
    public record Offence(
            @NotNull @Pattern(regexp = "[0-9]{5}", message = "must be a five-digit Home Office offence code") String offenceCode,
            @NotNull @PastOrPresent LocalDate offenceDate) {
    }

    /** A requirement of the order; which particulars it needs depends on its type. */
    public record Requirement(
            @NotNull RequirementType type,
            Optional<@Min(1) @Max(300) Integer> hours,
            Optional<@Min(1) @Max(365) Integer> days,
            Optional<@Size(max = 200) String> programme,
            Optional<Boolean> electronicMonitoring,
            Optional<@Size(max = 500) String> address,
            Optional<@Size(max = 2_000) String> details) {

        public Requirement {
            hours = hours == null ? Optional.empty() : hours;
            days = days == null ? Optional.empty() : days;
            programme = programme == null ? Optional.empty() : programme;
            electronicMonitoring = electronicMonitoring == null ? Optional.empty() : electronicMonitoring;
            address = address == null ? Optional.empty() : address;
            details = details == null ? Optional.empty() : details;
        }
    }
}

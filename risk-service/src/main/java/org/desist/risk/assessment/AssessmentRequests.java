package org.desist.risk.assessment;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.desist.risk.tier.Need;
import org.desist.reference.RegistrationType;
import org.desist.risk.tier.RoshLevel;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The requests that record risk judgements; each carries its evidence and rationale (000_c72660e7df92b92e.txt 8.5). */
public final class AssessmentRequests {

    private AssessmentRequests() {
    }

    @Schema(example = "{\"levels\": {\"PUBLIC\": \"MEDIUM\", \"KNOWN_ADULT\": \"HIGH\", \"CHILDREN\": \"LOW\", \"STAFF\": \"LOW\"}, "
            + "\"natureOfRisk\": \"violence towards a former partner\", \"whoIsAtRisk\": \"former partner\", "
            + "\"whenGreatest\": \"when drinking; at handovers of the children\", \"whatReduces\": \"sobriety; no-contact condition\", "
            + "\"evidence\": \"two previous convictions; police call-outs\", \"rationale\": \"pattern escalating over 2 years\"}")
    public record AssessRosh(
            @NotEmpty Map<RiskGroup, @NotNull RoshLevel> levels,
            @NotBlank @Size(max = 5_000) String natureOfRisk,
            @NotBlank @Size(max = 2_000) String whoIsAtRisk,
            @NotBlank @Size(max = 2_000) String whenGreatest,
            @NotBlank @Size(max = 5_000) String whatReduces,
            @NotBlank @Size(max = 10_000) String evidence,
            @NotBlank @Size(max = 10_000) String rationale) {
    }

    @Schema(example = "{\"comments\": \"agreed: evidence supports HIGH to a known adult\"}")
    public record Countersign(@NotBlank @Size(max = 5_000) String comments) {
    }

    @Schema(example = "{\"rsrPercent\": 4.2, \"needs\": {\"ACCOMMODATION\": \"SEVERE\", \"ALCOHOL\": \"STANDARD\"}, "
            + "\"womensFactors\": 0, \"iomNominal\": false}")
    public record CompleteAssessment(
            Optional<@DecimalMin("0.00") @DecimalMax("100.00") BigDecimal> rsrPercent,
            @NotNull Map<Need, Need.@NotNull Severity> needs,
            Optional<@Min(0) @Max(3) Integer> womensFactors,
            boolean iomNominal) {

        public CompleteAssessment {
            rsrPercent = rsrPercent == null ? Optional.empty() : rsrPercent;
            womensFactors = womensFactors == null ? Optional.empty() : womensFactors;
        }
    }

    @Schema(example = "{\"type\": \"MAPPA\", \"category\": 2, \"level\": 2, \"reviewDate\": \"2027-03-01\", "
            + "\"notes\": \"level 2 agreed at the MAPPA meeting\"}")
    public record AddRegistration(
            @NotNull RegistrationType type,
            Optional<@Min(1) @Max(3) Integer> category,
            Optional<@Min(1) @Max(3) Integer> level,
            @NotNull @jakarta.validation.constraints.Future LocalDate reviewDate,
            @NotBlank @Size(max = 2_000) String notes) {

        public AddRegistration {
            category = category == null ? Optional.empty() : category;
            level = level == null ? Optional.empty() : level;
        }
    }

    @Schema(example = "{\"level\": \"TIER\", \"value\": \"B3\", \"rationale\": \"recent threats to a new partner not yet "
            + "in the assessment\"}")
    public record OverrideLevel(@NotNull CalculatedLevel level, @NotBlank String value,
            @NotBlank @Size(max = 5_000) String rationale) {
    }

    @Schema(example = "{\"summary\": \"risk reduced: stable accommodation, abstinent for 3 months\"}")
    public record CompleteReview(@NotBlank @Size(max = 10_000) String summary) {
    }

    @Schema(example = "{\"nextReviewDate\": \"2027-06-01\", \"notes\": \"still managed at level 2\"}")
    public record ReviewRegistration(@NotNull @jakarta.validation.constraints.Future LocalDate nextReviewDate,
            @NotBlank @Size(max = 2_000) String notes) {
    }

    @Schema(example = "{\"reason\": \"MAPPA management ended at review\"}")
    public record RemoveRegistration(@NotBlank @Size(max = 2_000) String reason) {
    }
}

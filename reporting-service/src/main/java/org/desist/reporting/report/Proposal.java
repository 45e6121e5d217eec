package org.desist.reporting.report;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The sentencing proposal: the sentence with its requirements, the rationale, the alternatives considered, and whether
 * custody is possible — in which case an impact statement is required (Draft checks it).
 */
@Schema(example = "{\"sentenceType\": \"COMMUNITY_ORDER\", \"requirements\": [\"UNPAID_WORK 120 hours\", "
        + "\"REHABILITATION_ACTIVITY 20 days\"], \"rationale\": \"a structured order addresses the thinking behind the "
        + "offence\", \"custodyPossible\": false}")
public record Proposal(@NotBlank @Size(max = 200) String sentenceType,
        @NotNull @Size(max = 20) List<@NotBlank @Size(max = 500) String> requirements,
        Optional<@Size(max = 5_000) String> rationale, Optional<@Size(max = 5_000) String> alternativesConsidered,
        Optional<Boolean> custodyPossible, Optional<@Size(max = 5_000) String> impactStatement) {

    public Proposal {
        requirements = List.copyOf(requirements);
        rationale = rationale == null ? Optional.empty() : rationale;
        alternativesConsidered = alternativesConsidered == null ? Optional.empty() : alternativesConsidered;
        custodyPossible = custodyPossible == null ? Optional.empty() : custodyPossible;
        impactStatement = impactStatement == null ? Optional.empty() : impactStatement;
    }

    public boolean custody() {
        return custodyPossible.orElse(false);
    }
}

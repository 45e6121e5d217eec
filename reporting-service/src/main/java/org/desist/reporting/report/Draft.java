package org.desist.reporting.report;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;
import org.desist.eventstore.http.InvalidField;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What the author writes: the offence analysis, the assessment (including risk), the person's own view, the proposal;
 * optionally their attitude and behaviour, the sources of information, and whether it is a dangerousness report.
 * Every text has a limit a court would read to the end.
 */
@Schema(example = "{\"offenceAnalysis\": \"Took goods worth £80 from a shop while intoxicated.\", \"assessment\": "
        + "\"Medium risk of serious harm to the public; OGRS3 band MEDIUM.\", \"personView\": \"Ashamed; wants help "
        + "with alcohol.\", \"proposal\": {\"sentenceType\": \"COMMUNITY_ORDER\", \"requirements\": "
        + "[\"UNPAID_WORK 120 hours\"]}}")
public record Draft(@NotBlank @Size(max = 10_000) String offenceAnalysis, @NotBlank @Size(max = 10_000) String assessment,
        @NotBlank @Size(max = 5_000) String personView, @NotNull @Valid Proposal proposal,
        Optional<@Size(max = 5_000) String> attitude, Optional<@Size(max = 20) List<@NotBlank @Size(max = 300) String>> sources,
        Optional<Boolean> dangerousness) {

    public Draft {
        attitude = attitude == null ? Optional.empty() : attitude;
        sources = sources == null ? Optional.empty() : sources.map(List::copyOf);
        dangerousness = dangerousness == null ? Optional.empty() : dangerousness;
    }

    /** A dangerousness report needs a senior's countersignature before it is signed. */
    public boolean dangerousnessReport() {
        return dangerousness.orElse(false);
    }

    /** Rules across fields, which Bean Validation cannot say. */
    Draft checked() {
        if (proposal.custody() && proposal.impactStatement().map(String::isBlank).orElse(true)) {
            throw new InvalidField("proposal.impactStatement", "impact-statement-required",
                    "proposal.impactStatement: custody is possible, so the proposal must say what custody would do to "
                            + "the person and those who depend on them", null);
        }
        return this;
    }
}

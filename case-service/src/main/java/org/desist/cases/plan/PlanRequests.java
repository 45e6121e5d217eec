package org.desist.cases.plan;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.desist.cases.plan.PlanEvent.ObjectiveStatus;
import org.desist.cases.plan.PlanEvent.ReferralOutcome;

/** The requests that change a sentence plan. */
public final class PlanRequests {

    private PlanRequests() {
    }

    @org.eclipse.microprofile.openapi.annotations.media.Schema(example = "{\"need\": \"ACCOMMODATION\", \"description\": \"settled address within 3 months\", \"targetDate\": \"2027-02-01\"}")
    public record SetObjective(@NotNull Need need, @NotBlank @Size(max = 2_000) String description,
            Optional<LocalDate> targetDate) {

        public SetObjective {
            targetDate = targetDate == null ? Optional.empty() : targetDate;
        }
    }

    @org.eclipse.microprofile.openapi.annotations.media.Schema(example = "{\"objectiveId\": \"01a20a1f-aed3-740e-92b5-e833b01629ca\", \"agency\": \"housing-1\", \"service\": \"tenancy support\", \"reason\": \"no fixed abode\"}")
    public record MakeReferral(Optional<UUID> objectiveId, @NotBlank @Size(max = 200) String agency,
            @NotBlank @Size(max = 200) String service, @NotBlank @Size(max = 2_000) String reason) {

        public MakeReferral {
            objectiveId = objectiveId == null ? Optional.empty() : objectiveId;
        }
    }

    @org.eclipse.microprofile.openapi.annotations.media.Schema(example = "{\"outcome\": \"ACCEPTED\", \"notes\": \"keyworker assigned\"}")
    public record RecordReferralOutcome(@NotNull ReferralOutcome outcome, @NotBlank @Size(max = 5_000) String notes) {
    }

    @org.eclipse.microprofile.openapi.annotations.media.Schema(example = "{\"reviewedOn\": \"2026-06-01\", \"progress\": [{\"objectiveId\": \"01a20a1f-aed3-740e-92b5-e833b01629ca\", \"status\": \"IN_PROGRESS\"}], \"summary\": \"bidding for a flat\", \"personsView\": \"I want to be near my daughter\"}")
    public record ReviewPlan(@NotNull @PastOrPresent LocalDate reviewedOn,
            @NotNull @Size(max = 50) List<@NotNull @Valid Progress> progress,
            @NotBlank @Size(max = 10_000) String summary,
            @NotBlank(message = "must record the person's own view of their progress (000_c72660e7df92b92e.txt 3.4)")
            @Size(max = 10_000) String personsView) {
    }

    public record Progress(@NotNull UUID objectiveId, @NotNull ObjectiveStatus status) {
    }
}

package org.desist.cases.allocation;

import io.smallrye.common.annotation.RunOnVirtualThread;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.desist.cases.person.Crn;
import org.desist.eventstore.access.NeedToKnow;
import org.desist.eventstore.access.Part;
import org.desist.eventstore.http.CurrentActor;
import org.desist.eventstore.http.IfMatch;
import org.desist.eventstore.projection.ReadsProjection;
import org.desist.eventstore.http.Tagged;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/people/{crn}/allocation")
@Tag(name = "Allocation")
@Produces(MediaType.APPLICATION_JSON)
@RunOnVirtualThread
@NeedToKnow(Part.ALLOCATION)
public class AllocationResource {

    private final CaseAllocation allocation;
    private final CurrentActor actor;

    AllocationResource(CaseAllocation allocation, CurrentActor actor) {
        this.allocation = allocation;
        this.actor = actor;
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"probation-officer", "senior-probation-officer"})
    @Operation(summary = "Allocate the case to an officer, or reallocate it with a reason",
            description = "Refused (409) when the officer declared a relationship with the person "
                    + "(002_d7d6c09e19b6ddeb.txt 7.6-7.7) or their safeguarding registration is withdrawn (4.5).")
    @APIResponse(responseCode = "200", description = "Allocated", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = AllocationView.class)))
    @APIResponse(responseCode = "409", description = "Refused by `relationship-declared`, "
            + "`safeguarding-registration-withdrawn` or `staff-member-left`")
    @ReadsProjection({"people", "allocations"})
    public RestResponse<AllocationView> allocate(
            @PathParam("crn") @Pattern(regexp = Crn.PATTERN, message = Crn.MESSAGE) String crn,
            @HeaderParam("If-Match") String ifMatch, @NotNull @Valid AllocateCase request) {
        AllocationView view = allocation.allocate(crn, IfMatch.parse(ifMatch), request, actor.metadata());
        return Tagged.ok(view.version().orElseThrow(), view);
    }

    @GET
    @RolesAllowed({"probation-officer", "senior-probation-officer", "auditor"})
    @Operation(summary = "Who supervises the person, and whether the case is flagged for reallocation; asOf answers "
            + "as it stood then")
    @ReadsProjection({"people", "allocations"})
    public AllocationView view(@PathParam("crn") @Pattern(regexp = Crn.PATTERN, message = Crn.MESSAGE) String crn,
            @jakarta.ws.rs.QueryParam("asOf") String asOfText) {
        return org.desist.eventstore.http.AsOf.parse(asOfText).map(asOf -> allocation.view(crn, asOf))
                .orElseGet(() -> allocation.view(crn));
    }
}

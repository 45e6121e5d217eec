package org.desist.cases.enforcement;

import io.smallrye.common.annotation.RunOnVirtualThread;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.Optional;
import org.desist.cases.person.Crn;
import org.desist.eventstore.http.CurrentActor;
import org.desist.eventstore.http.IfMatch;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/people/{crn}/enforcement")
@Tag(name = "Enforcement")
@Produces(MediaType.APPLICATION_JSON)
@RunOnVirtualThread
public class EnforcementResource {

    /** A judgement's reasons (000_c72660e7df92b92e.txt 8.5: judgements are accountable). */
    @org.eclipse.microprofile.openapi.annotations.media.Schema(example = "{\"rationale\": \"second unacceptable absence; no contact since\"}")
    public record Rationale(@NotBlank @Size(max = 5_000) String rationale) {
    }

    private final EnforcementActions enforcement;
    private final CurrentActor actor;

    EnforcementResource(EnforcementActions enforcement, CurrentActor actor) {
        this.enforcement = enforcement;
        this.actor = actor;
    }

    @GET
    @RolesAllowed({"probation-officer", "senior-probation-officer", "auditor"})
    @Operation(summary = "Warnings in the window, whether breach action is due, and what was done about it")
    public EnforcementView view(@PathParam("crn") @Pattern(regexp = Crn.PATTERN, message = Crn.MESSAGE) String crn,
            @QueryParam("asOf") String asOfText) {
        java.time.Instant asOf = org.desist.eventstore.http.AsOf.parse(asOfText).orElse(null);
        return enforcement.view(crn, Optional.ofNullable(asOf));
    }

    @POST
    @Path("/breach")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"probation-officer", "senior-probation-officer"})
    @Operation(summary = "Initiate breach proceedings, with the rationale (000_c72660e7df92b92e.txt 8.3, 8.5)")
    public Response initiateBreach(@PathParam("crn") @Pattern(regexp = Crn.PATTERN, message = Crn.MESSAGE) String crn,
            @HeaderParam("If-Match") String ifMatch, @NotNull @Valid Rationale request) {
        enforcement.initiateBreach(crn, IfMatch.parse(ifMatch), request.rationale(), actor.metadata());
        return Response.status(Response.Status.CREATED).build();
    }

    @POST
    @Path("/decision-not-to-breach")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("senior-probation-officer")
    @Operation(summary = "A senior officer's documented decision not to breach (000_c72660e7df92b92e.txt 8.3, 8.5)")
    public Response decideNotToBreach(@PathParam("crn") @Pattern(regexp = Crn.PATTERN, message = Crn.MESSAGE) String crn,
            @HeaderParam("If-Match") String ifMatch, @NotNull @Valid Rationale request) {
        enforcement.decideNotToBreach(crn, IfMatch.parse(ifMatch), request.rationale(), actor.metadata());
        return Response.status(Response.Status.CREATED).build();
    }
}

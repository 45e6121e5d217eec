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
import java.time.Instant;
import java.util.Optional;
import org.desist.cases.person.Crn;
import org.desist.eventstore.access.NeedToKnow;
import org.desist.eventstore.access.Part;
import org.desist.eventstore.http.CurrentActor;
import org.desist.eventstore.http.IfMatch;
import org.desist.eventstore.http.Tagged;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/people/{crn}/enforcement")
@Tag(name = "Enforcement")
@Produces(MediaType.APPLICATION_JSON)
@RunOnVirtualThread
@NeedToKnow(Part.ENFORCEMENT)
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
    @APIResponse(responseCode = "201", description = "Breach initiated")
    @APIResponse(responseCode = "409", description = "Refused by `breach-not-due`")
    public RestResponse<Void> initiateBreach(@PathParam("crn") @Pattern(regexp = Crn.PATTERN, message = Crn.MESSAGE) String crn,
            @HeaderParam("If-Match") String ifMatch, @NotNull @Valid Rationale request) {
        return Tagged.created(enforcement.initiateBreach(crn, IfMatch.parse(ifMatch), request.rationale(),
                actor.metadata()));
    }

    @POST
    @Path("/decision-not-to-breach")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("senior-probation-officer")
    @Operation(summary = "A senior officer's documented decision not to breach (000_c72660e7df92b92e.txt 8.3, 8.5)")
    @APIResponse(responseCode = "201", description = "Decision recorded")
    @APIResponse(responseCode = "409", description = "Refused by `breach-not-due`")
    public RestResponse<Void> decideNotToBreach(@PathParam("crn") @Pattern(regexp = Crn.PATTERN, message = Crn.MESSAGE) String crn,
            @HeaderParam("If-Match") String ifMatch, @NotNull @Valid Rationale request) {
        return Tagged.created(enforcement.decideNotToBreach(crn, IfMatch.parse(ifMatch), request.rationale(),
                actor.metadata()));
    }
}

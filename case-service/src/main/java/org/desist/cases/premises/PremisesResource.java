package org.desist.cases.premises;

import io.smallrye.common.annotation.RunOnVirtualThread;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
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
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.desist.cases.person.Crn;
import org.desist.cases.person.PersonStreams;
import org.desist.eventstore.UuidV7;
import org.desist.eventstore.command.CommandHandler;
import org.desist.eventstore.http.CurrentActor;
import org.desist.eventstore.http.IfMatch;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/people/{crn}/approved-premises")
@Tag(name = "Approved premises")
@Produces(MediaType.APPLICATION_JSON)
@RunOnVirtualThread
@RolesAllowed({"probation-officer", "senior-probation-officer"})
public class PremisesResource {

    @org.eclipse.microprofile.openapi.annotations.media.Schema(example = "{\"reason\": \"release with no address\", \"neededFrom\": \"2026-12-01\"}")
    public record Refer(@NotBlank @Size(max = 2_000) String reason, @NotNull LocalDate neededFrom) {
    }

    @org.eclipse.microprofile.openapi.annotations.media.Schema(example = "{\"premises\": \"Elm House\", \"expectedArrival\": \"2026-12-01\"}")
    public record Book(@NotBlank @Size(max = 200) String premises, @NotNull LocalDate expectedArrival) {
    }

    @org.eclipse.microprofile.openapi.annotations.media.Schema(example = "{\"arrivedOn\": \"2026-12-01\"}")
    public record Arrive(@NotNull @PastOrPresent LocalDate arrivedOn) {
    }

    @org.eclipse.microprofile.openapi.annotations.media.Schema(example = "{\"departedOn\": \"2027-02-01\", \"reason\": \"moved to move-on accommodation\"}")
    public record Depart(@NotNull @PastOrPresent LocalDate departedOn, @NotBlank @Size(max = 2_000) String reason) {
    }

    private final CommandHandler commands;
    private final CurrentActor actor;

    PremisesResource(CommandHandler commands, CurrentActor actor) {
        this.commands = commands;
        this.actor = actor;
    }

    @GET
    @RolesAllowed({"probation-officer", "senior-probation-officer", "auditor"})
    @Operation(summary = "Approved premises referrals and placements; asOf answers as they stood then")
    public Collection<ApprovedPremises.Placement> list(
            @PathParam("crn") @Pattern(regexp = Crn.PATTERN, message = Crn.MESSAGE) String crn, @QueryParam("asOf") String asOfText) {
        return commands.view(PersonStreams.of(crn), ApprovedPremises.AGGREGATE, org.desist.eventstore.http.AsOf.parse(asOfText))
                .placements().values();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Refer the person to approved premises")
    public Response refer(@PathParam("crn") @Pattern(regexp = Crn.PATTERN, message = Crn.MESSAGE) String crn,
            @HeaderParam("If-Match") String ifMatch, @NotNull @Valid Refer request) {
        UUID id = UuidV7.next();
        commands.update(PersonStreams.of(crn), IfMatch.parse(ifMatch), ApprovedPremises.AGGREGATE,
                premises -> List.of(new PremisesEvent.ReferralMade(id, request.reason().strip(), request.neededFrom())),
                actor.metadata());
        return Response.status(Response.Status.CREATED).entity(Map.of("referralId", id)).build();
    }

    @POST
    @Path("/{referralId}/placement")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Book a placement for a referral")
    public Response book(@PathParam("crn") @Pattern(regexp = Crn.PATTERN, message = Crn.MESSAGE) String crn,
            @PathParam("referralId") UUID referralId, @HeaderParam("If-Match") String ifMatch, @NotNull @Valid Book request) {
        commands.update(PersonStreams.of(crn), IfMatch.parse(ifMatch), ApprovedPremises.AGGREGATE,
                premises -> premises.book(referralId, request.premises(), request.expectedArrival()), actor.metadata());
        return Response.status(Response.Status.CREATED).build();
    }

    @POST
    @Path("/{referralId}/arrival")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record the person's arrival")
    public Response arrive(@PathParam("crn") @Pattern(regexp = Crn.PATTERN, message = Crn.MESSAGE) String crn,
            @PathParam("referralId") UUID referralId, @HeaderParam("If-Match") String ifMatch, @NotNull @Valid Arrive request) {
        commands.update(PersonStreams.of(crn), IfMatch.parse(ifMatch), ApprovedPremises.AGGREGATE,
                premises -> premises.arrive(referralId, request.arrivedOn()), actor.metadata());
        return Response.status(Response.Status.CREATED).build();
    }

    @POST
    @Path("/{referralId}/departure")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record the person's departure and why")
    public Response depart(@PathParam("crn") @Pattern(regexp = Crn.PATTERN, message = Crn.MESSAGE) String crn,
            @PathParam("referralId") UUID referralId, @HeaderParam("If-Match") String ifMatch, @NotNull @Valid Depart request) {
        commands.update(PersonStreams.of(crn), IfMatch.parse(ifMatch), ApprovedPremises.AGGREGATE,
                premises -> premises.depart(referralId, request.departedOn(), request.reason()), actor.metadata());
        return Response.status(Response.Status.CREATED).build();
    }
}

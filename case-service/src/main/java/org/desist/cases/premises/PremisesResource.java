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
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.desist.cases.person.Crn;
import org.desist.cases.person.PersonStreams;
import org.desist.eventstore.access.NeedToKnow;
import org.desist.eventstore.access.Part;
import org.desist.eventstore.UuidV7;
import org.desist.eventstore.command.CommandHandler;
import org.desist.eventstore.command.Decision;
import org.desist.eventstore.http.CurrentActor;
import org.desist.eventstore.http.IfMatch;
import org.desist.eventstore.http.Tagged;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/people/{crn}/approved-premises")
@Tag(name = "Approved premises")
@Produces(MediaType.APPLICATION_JSON)
@RunOnVirtualThread
@RolesAllowed({"probation-officer", "senior-probation-officer"})
@NeedToKnow(Part.APPROVED_PREMISES)
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
    @APIResponse(responseCode = "201", description = "Referred")
    public RestResponse<Map<String, UUID>> refer(
            @PathParam("crn") @Pattern(regexp = Crn.PATTERN, message = Crn.MESSAGE) String crn,
            @HeaderParam("If-Match") String ifMatch, @NotNull @Valid Refer request) {
        UUID id = UuidV7.next();
        Decision written = commands.update(PersonStreams.of(crn), IfMatch.parse(ifMatch), ApprovedPremises.AGGREGATE,
                premises -> List.of(new PremisesEvent.ReferralMade(id, request.reason().strip(), request.neededFrom())),
                actor.metadata());
        return Tagged.created(written.version(), Map.of("referralId", id));
    }

    @POST
    @Path("/{referralId}/placement")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Book a placement for a referral")
    @APIResponse(responseCode = "201", description = "Booked")
    @APIResponse(responseCode = "409", description = "Refused when the placement is at another stage: "
            + "`approved-premises-booked`, `approved-premises-arrived` or `approved-premises-departed`")
    public RestResponse<Void> book(@PathParam("crn") @Pattern(regexp = Crn.PATTERN, message = Crn.MESSAGE) String crn,
            @PathParam("referralId") UUID referralId, @HeaderParam("If-Match") String ifMatch, @NotNull @Valid Book request) {
        return Tagged.created(commands.update(PersonStreams.of(crn), IfMatch.parse(ifMatch), ApprovedPremises.AGGREGATE,
                premises -> premises.book(referralId, request.premises(), request.expectedArrival()), actor.metadata()).version());
    }

    @POST
    @Path("/{referralId}/arrival")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record the person's arrival")
    @APIResponse(responseCode = "201", description = "Recorded")
    @APIResponse(responseCode = "409", description = "Refused when the placement is at another stage: "
            + "`approved-premises-referred`, `approved-premises-arrived` or `approved-premises-departed`")
    public RestResponse<Void> arrive(@PathParam("crn") @Pattern(regexp = Crn.PATTERN, message = Crn.MESSAGE) String crn,
            @PathParam("referralId") UUID referralId, @HeaderParam("If-Match") String ifMatch, @NotNull @Valid Arrive request) {
        return Tagged.created(commands.update(PersonStreams.of(crn), IfMatch.parse(ifMatch), ApprovedPremises.AGGREGATE,
                premises -> premises.arrive(referralId, request.arrivedOn()), actor.metadata()).version());
    }

    @POST
    @Path("/{referralId}/departure")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record the person's departure and why")
    @APIResponse(responseCode = "201", description = "Recorded")
    @APIResponse(responseCode = "409", description = "Refused when the placement is at another stage: "
            + "`approved-premises-referred`, `approved-premises-booked` or `approved-premises-departed`")
    public RestResponse<Void> depart(@PathParam("crn") @Pattern(regexp = Crn.PATTERN, message = Crn.MESSAGE) String crn,
            @PathParam("referralId") UUID referralId, @HeaderParam("If-Match") String ifMatch, @NotNull @Valid Depart request) {
        return Tagged.created(commands.update(PersonStreams.of(crn), IfMatch.parse(ifMatch), ApprovedPremises.AGGREGATE,
                premises -> premises.depart(referralId, request.departedOn(), request.reason()), actor.metadata()).version());
    }
}

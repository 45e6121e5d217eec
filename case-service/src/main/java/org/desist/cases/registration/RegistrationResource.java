package org.desist.cases.registration;

import io.smallrye.common.annotation.RunOnVirtualThread;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.desist.cases.person.Crn;
import org.desist.cases.person.PersonStreams;
import org.desist.eventstore.access.NeedToKnow;
import org.desist.eventstore.access.Part;
import org.desist.eventstore.UuidV7;
import org.desist.eventstore.command.CommandHandler;
import org.desist.eventstore.http.AsOf;
import org.desist.eventstore.http.CurrentActor;
import org.desist.eventstore.http.IfMatch;
import org.desist.eventstore.http.Tagged;
import org.desist.reference.RegistrationType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** Registrations that bear on risk; each is published for risk-service, which weighs it in the tier. */
@Path("/people/{crn}/registrations")
@Tag(name = "Registrations")
@Produces(MediaType.APPLICATION_JSON)
@RunOnVirtualThread
@RolesAllowed({"probation-officer", "senior-probation-officer"})
@NeedToKnow(Part.REGISTRATIONS)
public class RegistrationResource {

    @Schema(example = "{\"type\": \"MAPPA\", \"category\": 2, \"level\": 2, \"reviewDate\": \"2027-03-01\", "
            + "\"notes\": \"MAPPA meeting of 20 November: level 2 management\"}")
    public record Register(@NotNull RegistrationType type, Optional<@Min(1) @Max(3) Integer> category,
            Optional<@Min(1) @Max(3) Integer> level, @NotNull LocalDate reviewDate,
            @NotBlank @Size(max = 2_000) String notes) {

        public Register {
            category = category == null ? Optional.empty() : category;
            level = level == null ? Optional.empty() : level;
        }
    }

    @Schema(example = "{\"nextReviewDate\": \"2027-06-01\", \"notes\": \"still managed at level 2\"}")
    public record Review(@NotNull LocalDate nextReviewDate, @NotBlank @Size(max = 2_000) String notes) {
    }

    @Schema(example = "{\"reason\": \"MAPPA management ended at review\"}")
    public record Remove(@NotBlank @Size(max = 2_000) String reason) {
    }

    private final CommandHandler commands;
    private final CurrentActor actor;

    RegistrationResource(CommandHandler commands, CurrentActor actor) {
        this.commands = commands;
        this.actor = actor;
    }

    @GET
    @RolesAllowed({"probation-officer", "senior-probation-officer", "auditor"})
    @Operation(summary = "The registrations in force, with review dates; asOf answers as they stood then")
    public Collection<Registrations.Registration> list(
            @PathParam("crn") @Pattern(regexp = Crn.PATTERN, message = Crn.MESSAGE) String crn,
            @QueryParam("asOf") String asOfText) {
        return commands.view(PersonStreams.of(crn), Registrations.AGGREGATE, AsOf.parse(asOfText)).inForce().values();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Register MAPPA (category and level), domestic abuse, child protection or a complexity factor, "
            + "with its review date; one registration of a type at a time")
    @APIResponse(responseCode = "201", description = "Registered")
    @APIResponse(responseCode = "409", description = "Refused by `already-registered`: one registration of a type at a time")
    public RestResponse<Map<String, UUID>> register(@PathParam("crn") @Pattern(regexp = Crn.PATTERN, message = Crn.MESSAGE) String crn,
            @HeaderParam("If-Match") String ifMatch, @NotNull @Valid Register request) {
        UUID id = UuidV7.next();
        return Tagged.created(commands.update(PersonStreams.of(crn), IfMatch.parse(ifMatch), Registrations.AGGREGATE,
                registrations -> registrations.add(id, request.type(), request.category(), request.level(),
                        request.reviewDate(), request.notes(), LocalDate.now()), actor.metadata()).version(),
                Map.of("registrationId", id));
    }

    @POST
    @Path("/{registrationId}/review")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Review a registration, keeping it in force until the next review date")
    @APIResponse(responseCode = "201", description = "Reviewed")
    public RestResponse<Void> review(@PathParam("crn") @Pattern(regexp = Crn.PATTERN, message = Crn.MESSAGE) String crn,
            @PathParam("registrationId") UUID registrationId, @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid Review request) {
        return Tagged.created(commands.update(PersonStreams.of(crn), IfMatch.parse(ifMatch), Registrations.AGGREGATE,
                registrations -> registrations.review(registrationId, request.nextReviewDate(), request.notes(),
                        LocalDate.now()), actor.metadata()).version());
    }

    @POST
    @Path("/{registrationId}/removal")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Remove a registration, with the reason")
    @APIResponse(responseCode = "201", description = "Removed")
    public RestResponse<Void> remove(@PathParam("crn") @Pattern(regexp = Crn.PATTERN, message = Crn.MESSAGE) String crn,
            @PathParam("registrationId") UUID registrationId, @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid Remove request) {
        return Tagged.created(commands.update(PersonStreams.of(crn), IfMatch.parse(ifMatch), Registrations.AGGREGATE,
                registrations -> registrations.remove(registrationId, request.reason()), actor.metadata()).version());
    }
}

package org.desist.conduct.misconduct;

import io.smallrye.common.annotation.RunOnVirtualThread;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.desist.conduct.staff.StaffRegister;
import org.desist.eventstore.ExpectedVersion;
import org.desist.eventstore.UuidV7;
import org.desist.eventstore.command.CommandHandler;
import org.desist.eventstore.command.Loaded;
import org.desist.eventstore.http.CurrentActor;
import org.desist.eventstore.http.NotFound;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Misconduct cases, for the conduct officer alone; to anyone else a case does not exist (404). */
@Path("/misconduct")
@Tag(name = "Misconduct cases")
@Produces(MediaType.APPLICATION_JSON)
@RunOnVirtualThread
@RolesAllowed("conduct-officer")
public class MisconductResource {

    @Schema(example = "{\"staffId\": \"court\", \"allegation\": \"shared a service user's address with a relative\"}")
    public record Allege(@NotBlank @Size(max = 100) String staffId, @NotBlank @Size(max = 10_000) String allegation) {
    }

    @Schema(example = "{\"investigator\": \"senior\"}")
    public record Investigate(@NotBlank @Size(max = 100) String investigator) {
    }

    @Schema(example = "{\"outcome\": \"WRITTEN_WARNING\", \"rationale\": \"breach of confidentiality (002 6.1) admitted\"}")
    public record Conclude(@NotNull MisconductEvent.Outcome outcome, @NotBlank @Size(max = 10_000) String rationale) {
    }

    private final CommandHandler commands;
    private final StaffRegister register;
    private final CurrentActor actor;

    MisconductResource(CommandHandler commands, StaffRegister register, CurrentActor actor) {
        this.commands = commands;
        this.register = register;
        this.actor = actor;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record an allegation of misconduct")
    public Response allege(@NotNull @Valid Allege request) {
        register.member(request.staffId());
        UUID id = UuidV7.next();
        commands.create(MisconductCase.stream(id), MisconductCase.AGGREGATE, c -> List.of(
                new MisconductEvent.MisconductAlleged(id, request.staffId(), request.allegation().strip())), actor.metadata());
        return Response.status(Response.Status.CREATED).entity(Map.of("caseId", id)).build();
    }

    @POST
    @Path("/{caseId}/investigation")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Open the investigation")
    public Response investigate(@PathParam("caseId") UUID caseId, @NotNull @Valid Investigate request) {
        register.member(request.investigator());
        commands.update(MisconductCase.stream(caseId), ExpectedVersion.any(), MisconductCase.AGGREGATE,
                c -> c.investigate(caseId, request.investigator()), actor.metadata());
        return Response.status(Response.Status.CREATED).build();
    }

    @POST
    @Path("/{caseId}/outcome")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Conclude the case with its outcome and rationale")
    public Response conclude(@PathParam("caseId") UUID caseId, @NotNull @Valid Conclude request) {
        commands.update(MisconductCase.stream(caseId), ExpectedVersion.any(), MisconductCase.AGGREGATE,
                c -> c.conclude(caseId, request.outcome(), request.rationale().strip()), actor.metadata());
        return Response.status(Response.Status.CREATED).build();
    }

    @GET
    @Path("/{caseId}")
    @Operation(summary = "A misconduct case")
    public MisconductCase one(@PathParam("caseId") UUID caseId) {
        Loaded<MisconductCase> loaded = commands.load(MisconductCase.stream(caseId).id(), MisconductCase.AGGREGATE);
        if (!loaded.exists()) {
            throw new NotFound("no misconduct case " + caseId);
        }
        return loaded.state();
    }
}

package org.desist.conduct.declaration;

import io.smallrye.common.annotation.RunOnVirtualThread;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.desist.conduct.declaration.DeclarationEvent.RelationshipDeclared;
import org.desist.conduct.staff.ActingFor;
import org.desist.conduct.staff.StaffMember;
import org.desist.eventstore.UuidV7;
import org.desist.eventstore.command.Aggregate;
import org.desist.eventstore.command.CommandHandler;
import org.desist.eventstore.http.CurrentActor;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/declarations")
@Tag(name = "Declarations")
@Produces(MediaType.APPLICATION_JSON)
@RunOnVirtualThread
public class DeclarationResource {

    @Schema(example = "{\"staffId\": \"officer\", \"crn\": \"K123456\", \"relationship\": \"FAMILY\", "
            + "\"details\": \"my cousin\"}")
    public record DeclareRelationship(@NotBlank @Size(max = 100) String staffId,
            @NotNull @Pattern(regexp = "[A-Z][0-9]{6}", message = "must be a CRN: a letter and six digits") String crn,
            @NotNull DeclarationEvent.Relationship relationship, @NotBlank @Size(max = 5_000) String details) {
    }

    /** Declarations need no state to decide: every one is recorded. */
    private static final Aggregate<Boolean, DeclarationEvent> DECLARATIONS =
            new Aggregate<>(DeclarationEvent.class, Boolean.TRUE, (state, event) -> state);

    private final CommandHandler commands;
    private final ActingFor actingFor;
    private final CurrentActor actor;

    DeclarationResource(CommandHandler commands, ActingFor actingFor, CurrentActor actor) {
        this.commands = commands;
        this.actingFor = actingFor;
        this.actor = actor;
    }

    @POST
    @Path("/relationships")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"probation-officer", "senior-probation-officer", "court-liaison", "conduct-officer",
            "disclosure-officer", "chief-executive", "board-secretary", "auditor"})
    @Operation(summary = "Declare a relationship with a person on probation or their family (002_d7d6c09e19b6ddeb.txt "
            + "7.5-7.7); case-service then keeps the declarer from supervising them")
    public Response declare(@NotNull @Valid DeclareRelationship request) {
        actingFor.check(request.staffId());
        UUID id = UuidV7.next();
        commands.startOrUpdate(StaffMember.stream(request.staffId()), DECLARATIONS,
                state -> List.of(new RelationshipDeclared(id, request.staffId(), request.crn(), request.relationship(),
                        request.details().strip(), Instant.now())), actor.metadata());
        return Response.status(Response.Status.CREATED).entity(Map.of("declarationId", id)).build();
    }
}

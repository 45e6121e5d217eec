package org.desist.conduct.declaration;

import io.smallrye.common.annotation.RunOnVirtualThread;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.desist.conduct.staff.ActingFor;
import org.desist.conduct.staff.StaffMember;
import org.desist.eventstore.UuidV7;
import org.desist.eventstore.ExpectedVersion;
import org.desist.eventstore.command.CommandHandler;
import org.desist.eventstore.http.IfMatch;
import org.desist.eventstore.http.Tagged;
import org.desist.eventstore.http.CurrentActor;
import org.desist.eventstore.projection.ReadsProjection;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

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

    private final CommandHandler commands;
    private final ActingFor actingFor;
    private final CurrentActor actor;
    private final org.desist.conduct.staff.StaffRegister register;

    DeclarationResource(CommandHandler commands, ActingFor actingFor, CurrentActor actor,
            org.desist.conduct.staff.StaffRegister register) {
        this.commands = commands;
        this.actingFor = actingFor;
        this.actor = actor;
        this.register = register;
    }

    @Schema(example = "{\"decision\": \"RESTRICTIONS_APPLIED\", \"rationale\": \"no contact with the person's case; "
            + "cases in the family's area reallocated\"}")
    public record Review(@NotNull DeclarationEvent.ReviewDecision decision, @NotBlank @Size(max = 5_000) String rationale) {
    }

    @jakarta.ws.rs.GET
    @RolesAllowed({"probation-officer", "senior-probation-officer", "court-liaison", "conduct-officer",
            "disclosure-officer", "chief-executive", "board-secretary", "auditor"})
    @Operation(summary = "A member of staff's declarations, for them, their line manager and the conduct officer")
    @ReadsProjection({"declarations", "staff"})
    public List<DeclarationRecord> declarations(@jakarta.ws.rs.QueryParam("staffId") @NotBlank String staffId) {
        if (!mayRead(staffId)) {
            throw new jakarta.ws.rs.ForbiddenException("declarations are for the member of staff, their line manager and "
                    + "the conduct officer");
        }
        return DeclarationRecord.list("staffId = ?1 order by declaredAt desc", staffId);
    }

    @POST
    @Path("/{declarationId}/review")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"senior-probation-officer", "chief-executive"})
    @Operation(summary = "The declarer's line manager records a decision on a declaration, with the rationale")
    @ReadsProjection({"declarations", "staff"})
    public RestResponse<Void> review(@jakarta.ws.rs.PathParam("declarationId") UUID declarationId,
            @HeaderParam("If-Match") String ifMatch, @NotNull @Valid Review request) {
        DeclarationRecord declaration = declaration(declarationId);
        String caller = actor.actor().subject();
        if (!caller.equals(register.member(declaration.staffId).lineManager)) {
            throw new jakarta.ws.rs.ForbiddenException("only " + declaration.staffId + "'s line manager reviews their declarations");
        }
        return Tagged.created(commands.startOrUpdate(StaffMember.stream(declaration.staffId), IfMatch.parse(ifMatch),
                Declarations.AGGREGATE, declarations -> declarations.review(declarationId, request.decision(),
                        request.rationale(), caller), actor.metadata()).version());
    }

    @POST
    @Path("/{declarationId}/withdrawal")
    @RolesAllowed({"probation-officer", "senior-probation-officer", "court-liaison", "conduct-officer",
            "disclosure-officer", "chief-executive", "board-secretary", "auditor"})
    @Operation(summary = "The declarer or their line manager withdraws a declaration; case-service then lifts the "
            + "block on supervising the person unless another declaration about them stands")
    @ReadsProjection({"declarations", "staff"})
    public RestResponse<Void> withdraw(@jakarta.ws.rs.PathParam("declarationId") UUID declarationId,
            @HeaderParam("If-Match") String ifMatch) {
        DeclarationRecord declaration = declaration(declarationId);
        String caller = actor.actor().subject();
        if (!caller.equals(declaration.staffId) && !caller.equals(register.member(declaration.staffId).lineManager)) {
            throw new jakarta.ws.rs.ForbiddenException("only " + declaration.staffId + " or their line manager withdraws "
                    + "their declarations");
        }
        return end(declaration, IfMatch.parse(ifMatch), DeclarationEvent.Ending.WITHDRAWN);
    }

    @POST
    @Path("/{declarationId}/relationship-end")
    @RolesAllowed({"senior-probation-officer", "chief-executive"})
    @Operation(summary = "The declarer's line manager records that the declared relationship has ended; case-service "
            + "then lifts the block on supervising the person unless another declaration about them stands")
    @ReadsProjection({"declarations", "staff"})
    public RestResponse<Void> relationshipEnded(@jakarta.ws.rs.PathParam("declarationId") UUID declarationId,
            @HeaderParam("If-Match") String ifMatch) {
        DeclarationRecord declaration = declaration(declarationId);
        if (!actor.actor().subject().equals(register.member(declaration.staffId).lineManager)) {
            throw new jakarta.ws.rs.ForbiddenException("only " + declaration.staffId + "'s line manager records that "
                    + "their relationship has ended");
        }
        return end(declaration, IfMatch.parse(ifMatch), DeclarationEvent.Ending.RELATIONSHIP_ENDED);
    }

    private RestResponse<Void> end(DeclarationRecord declaration, ExpectedVersion expected,
            DeclarationEvent.Ending ending) {
        return Tagged.created(commands.startOrUpdate(StaffMember.stream(declaration.staffId), expected,
                Declarations.AGGREGATE, declarations -> declarations.end(declaration.declarationId, ending),
                actor.metadata()).version());
    }

    private static DeclarationRecord declaration(UUID declarationId) {
        return java.util.Optional.ofNullable(DeclarationRecord.<DeclarationRecord>findById(declarationId))
                .orElseThrow(() -> new org.desist.eventstore.http.NotFound("no declaration " + declarationId));
    }

    private boolean mayRead(String staffId) {
        var caller = actor.actor();
        if (caller.subject().equals(staffId) || caller.role().equals("conduct-officer")) {
            return true;
        }
        org.desist.conduct.staff.StaffRecord member = org.desist.conduct.staff.StaffRecord.findById(staffId);
        return member != null && caller.subject().equals(member.lineManager);
    }

    @POST
    @Path("/relationships")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"probation-officer", "senior-probation-officer", "court-liaison", "conduct-officer",
            "disclosure-officer", "chief-executive", "board-secretary", "auditor"})
    @Operation(summary = "Declare a relationship with a person on probation or their family (002_d7d6c09e19b6ddeb.txt "
            + "7.5-7.7); case-service then keeps the declarer from supervising them")
    @ReadsProjection("staff")
    public RestResponse<Map<String, UUID>> declare(@HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid DeclareRelationship request) {
        actingFor.check(request.staffId());
        UUID id = UuidV7.next();
        long version = commands.startOrUpdate(StaffMember.stream(request.staffId()), IfMatch.parse(ifMatch),
                Declarations.AGGREGATE, declarations -> Declarations.declare(id, request.staffId(), request.crn(),
                        request.relationship(), request.details(), Instant.now()), actor.metadata()).version();
        return Tagged.created(version, Map.of("declarationId", id));
    }
}

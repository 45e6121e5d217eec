package org.desist.conduct.declaration;

import io.smallrye.common.annotation.RunOnVirtualThread;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.desist.conduct.access.LimitedAccess;
import org.desist.conduct.declaration.DeclarationEvent.Conflict;
import org.desist.conduct.declaration.DeclarationEvent.Ending;
import org.desist.conduct.staff.ActingFor;
import org.desist.conduct.staff.StaffRecord;
import org.desist.conduct.staff.StaffRegister;
import org.desist.eventstore.command.Versioned;
import org.desist.eventstore.http.CurrentActor;
import org.desist.eventstore.http.IfMatch;
import org.desist.eventstore.http.NotFound;
import org.desist.eventstore.http.Tagged;
import org.desist.eventstore.projection.ReadsProjection;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * Declarations of interest: made by the member of staff, decided on by their line manager, amended by the declarer,
 * withdrawn or ended. Every write answers the member's declarations' ETag and honours If-Match.
 */
@Path("/declarations")
@Tag(name = "Declarations")
@Produces(MediaType.APPLICATION_JSON)
@RunOnVirtualThread
public class DeclarationResource {

    private static final String CRN = "[A-Z][0-9]{6}";
    private static final String CRN_MESSAGE = "must be a CRN: a letter and six digits";

    @Schema(example = "{\"staffId\": \"officer\", \"crn\": \"K123456\", \"relationship\": \"FAMILY\", "
            + "\"details\": \"my cousin\"}")
    public record DeclareRelationship(@NotBlank @Size(max = 100) String staffId,
            @NotNull @Pattern(regexp = CRN, message = CRN_MESSAGE) String crn,
            @NotNull DeclarationEvent.Relationship relationship, @NotBlank @Size(max = 5_000) String details) {
    }

    @Schema(example = "{\"staffId\": \"officer\", \"conflict\": \"FAMILY_IN_PARTNER_AGENCY\", \"agency\": "
            + "\"Essex Police\", \"details\": \"my brother is a detective sergeant in the public protection unit\"}")
    public record DeclareConflict(@NotBlank @Size(max = 100) String staffId, @NotNull Conflict conflict,
            @NotBlank @Size(max = 5_000) String details,
            Optional<@Pattern(regexp = CRN, message = CRN_MESSAGE) String> crn,
            Optional<@Size(max = 200) String> agency) {

        public DeclareConflict {
            crn = crn == null ? Optional.empty() : crn;
            agency = agency == null ? Optional.empty() : agency;
        }
    }

    @Schema(example = "{\"details\": \"my cousin, who moved in with me in October\", \"reason\": \"the circumstances "
            + "changed\"}")
    public record Amend(@NotBlank @Size(max = 5_000) String details, @NotBlank @Size(max = 2_000) String reason) {
    }

    @Schema(example = "{\"decision\": \"RESTRICTIONS_APPLIED\", \"rationale\": \"no contact with the person's case; "
            + "cases in the family's area reallocated\"}")
    public record Review(@NotNull DeclarationEvent.ReviewDecision decision, @NotBlank @Size(max = 5_000) String rationale) {
    }

    private final DeclarationCommands declarations;
    private final ActingFor actingFor;
    private final CurrentActor actor;
    private final StaffRegister register;
    private final LimitedAccess limitedAccess;

    DeclarationResource(DeclarationCommands declarations, ActingFor actingFor, CurrentActor actor,
            StaffRegister register, LimitedAccess limitedAccess) {
        this.limitedAccess = limitedAccess;
        this.declarations = declarations;
        this.actingFor = actingFor;
        this.actor = actor;
        this.register = register;
    }

    @GET
    @RolesAllowed({"probation-officer", "senior-probation-officer", "court-liaison", "conduct-officer",
            "disclosure-officer", "chief-executive", "board-secretary", "auditor"})
    @Operation(summary = "A member of staff's declarations, for them, their line manager and the conduct officer")
    @ReadsProjection({"declarations", "staff"})
    public RestResponse<List<DeclarationView>> declarations(@QueryParam("staffId") @NotBlank String staffId) {
        if (!mayRead(staffId)) {
            throw new ForbiddenException("declarations are for the member of staff, their line manager and the conduct "
                    + "officer");
        }
        return Tagged.ok(declarations.version(staffId), DeclarationView.of(staffId, limitedAccess));
    }

    @GET
    @Path("/mine")
    @RolesAllowed({"probation-officer", "senior-probation-officer", "court-liaison", "conduct-officer",
            "disclosure-officer", "chief-executive", "board-secretary", "auditor"})
    @Operation(summary = "The caller's own declarations, each with its decision and how it ended")
    @ReadsProjection("declarations")
    public RestResponse<List<DeclarationView>> mine() {
        String caller = actor.actor().subject();
        return Tagged.ok(declarations.version(caller), DeclarationView.of(caller, limitedAccess));
    }

    @GET
    @Path("/awaiting-my-decision")
    @RolesAllowed({"senior-probation-officer", "chief-executive"})
    @Operation(summary = "The standing declarations of the caller's reports that await their decision as line manager, "
            + "amended ones included")
    @ReadsProjection({"declarations", "staff"})
    public List<DeclarationView> awaitingMe() {
        return DeclarationRecord.<DeclarationRecord>list("decision is null and ended is null and staffId in (select "
                + "s.staffId from StaffRecord s where s.lineManager = ?1) order by declaredAt", actor.actor().subject())
                .stream().map(row -> DeclarationView.of(row, limitedAccess)).toList();
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
        Versioned<UUID> declared = declarations.declareRelationship(request.staffId(), IfMatch.parse(ifMatch),
                request.crn(), request.relationship(), request.details(), actor.metadata());
        return Tagged.created(declared.version(), Map.of("declarationId", declared.value()));
    }

    @POST
    @Path("/conflicts")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"probation-officer", "senior-probation-officer", "court-liaison", "conduct-officer",
            "disclosure-officer", "chief-executive", "board-secretary", "auditor"})
    @Operation(summary = "Declare to one's line manager another conflict of interest: a financial interest, a prior "
            + "professional or personal connection to a case (name its CRN), or a family member working in a partner "
            + "agency (name the agency); 001, handling conflicts of interest. Kept private: no other service hears of it")
    @ReadsProjection("staff")
    public RestResponse<Map<String, UUID>> declareConflict(@HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid DeclareConflict request) {
        actingFor.check(request.staffId());
        Versioned<UUID> declared = declarations.declareConflict(request.staffId(), IfMatch.parse(ifMatch),
                request.conflict(), request.details(), request.crn(), request.agency(), actor.metadata());
        return Tagged.created(declared.version(), Map.of("declarationId", declared.value()));
    }

    @POST
    @Path("/{declarationId}/amendment")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"probation-officer", "senior-probation-officer", "court-liaison", "conduct-officer",
            "disclosure-officer", "chief-executive", "board-secretary", "auditor"})
    @Operation(summary = "The declarer restates a standing declaration's details, with the reason; it then awaits the "
            + "line manager's decision again")
    @ReadsProjection("declarations")
    public RestResponse<Void> amend(@PathParam("declarationId") UUID declarationId,
            @HeaderParam("If-Match") String ifMatch, @NotNull @Valid Amend request) {
        DeclarationRecord declaration = declaration(declarationId);
        if (!actor.actor().subject().equals(declaration.staffId)) {
            throw new ForbiddenException("only the declarer amends a declaration");
        }
        return Tagged.created(declarations.amend(declaration.staffId, declarationId, IfMatch.parse(ifMatch),
                request.details(), request.reason(), actor.metadata()));
    }

    @POST
    @Path("/{declarationId}/review")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"senior-probation-officer", "chief-executive"})
    @Operation(summary = "The declarer's line manager records a decision on a declaration, with the steps taken")
    @ReadsProjection({"declarations", "staff"})
    public RestResponse<Void> review(@PathParam("declarationId") UUID declarationId,
            @HeaderParam("If-Match") String ifMatch, @NotNull @Valid Review request) {
        DeclarationRecord declaration = declaration(declarationId);
        String caller = actor.actor().subject();
        if (!caller.equals(register.member(declaration.staffId).lineManager)) {
            throw new ForbiddenException("only " + declaration.staffId + "'s line manager reviews their declarations");
        }
        return Tagged.created(declarations.review(declaration.staffId, declarationId, IfMatch.parse(ifMatch),
                request.decision(), request.rationale(), caller, actor.metadata()));
    }

    @POST
    @Path("/{declarationId}/withdrawal")
    @RolesAllowed({"probation-officer", "senior-probation-officer", "court-liaison", "conduct-officer",
            "disclosure-officer", "chief-executive", "board-secretary", "auditor"})
    @Operation(summary = "The declarer or their line manager withdraws a declaration; for a relationship, case-service "
            + "then lifts the block on supervising the person unless another declaration about them stands")
    @ReadsProjection({"declarations", "staff"})
    public RestResponse<Void> withdraw(@PathParam("declarationId") UUID declarationId,
            @HeaderParam("If-Match") String ifMatch) {
        DeclarationRecord declaration = declaration(declarationId);
        String caller = actor.actor().subject();
        if (!caller.equals(declaration.staffId) && !caller.equals(register.member(declaration.staffId).lineManager)) {
            throw new ForbiddenException("only " + declaration.staffId + " or their line manager withdraws their "
                    + "declarations");
        }
        return Tagged.created(declarations.end(declaration.staffId, declarationId, IfMatch.parse(ifMatch),
                Ending.WITHDRAWN, actor.metadata()));
    }

    @POST
    @Path("/{declarationId}/relationship-end")
    @RolesAllowed({"senior-probation-officer", "chief-executive"})
    @Operation(summary = "The declarer's line manager records that the declared relationship has ended; case-service "
            + "then lifts the block on supervising the person unless another declaration about them stands")
    @ReadsProjection({"declarations", "staff"})
    public RestResponse<Void> relationshipEnded(@PathParam("declarationId") UUID declarationId,
            @HeaderParam("If-Match") String ifMatch) {
        DeclarationRecord declaration = declaration(declarationId);
        if (!actor.actor().subject().equals(register.member(declaration.staffId).lineManager)) {
            throw new ForbiddenException("only " + declaration.staffId + "'s line manager records that their "
                    + "relationship has ended");
        }
        return Tagged.created(declarations.end(declaration.staffId, declarationId, IfMatch.parse(ifMatch),
                Ending.RELATIONSHIP_ENDED, actor.metadata()));
    }

    private static DeclarationRecord declaration(UUID declarationId) {
        return Optional.ofNullable(DeclarationRecord.<DeclarationRecord>findById(declarationId))
                .orElseThrow(() -> new NotFound("no declaration " + declarationId));
    }

    private boolean mayRead(String staffId) {
        var caller = actor.actor();
        if (caller.subject().equals(staffId) || caller.role().equals("conduct-officer")) {
            return true;
        }
        StaffRecord member = StaffRecord.findById(staffId);
        return member != null && caller.subject().equals(member.lineManager);
    }
}

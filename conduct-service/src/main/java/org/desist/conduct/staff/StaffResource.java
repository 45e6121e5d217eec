package org.desist.conduct.staff;

import io.smallrye.common.annotation.RunOnVirtualThread;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.desist.conduct.staff.StaffEvent.StaffMemberRegistered;
import org.desist.conduct.staff.StaffRegister.Move;
import org.desist.eventstore.http.CurrentActor;
import org.desist.eventstore.http.IfMatch;
import org.desist.eventstore.http.Tagged;
import org.desist.eventstore.http.InvalidField;
import org.desist.eventstore.projection.ReadsProjection;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * The staff register. The chief executive, who decides the organisation's structure, and the conduct officer, who
 * keeps the register, record joiners, moves, reorganisations and leavers; each change is an event with its actor.
 */
@Path("/staff")
@Tag(name = "Staff register")
@Produces(MediaType.APPLICATION_JSON)
@RunOnVirtualThread
@ReadsProjection("staff")
public class StaffResource {

    private static final String STAFF_ID = StaffRegister.STAFF_ID;
    private static final String STAFF_ID_MESSAGE = StaffRegister.STAFF_ID_MESSAGE;
    private static final String TEAM = StaffRegister.TEAM;
    private static final String TEAM_MESSAGE = StaffRegister.TEAM_MESSAGE;

    /** A member of staff as the register shows them; {@code leftOn} only for a leaver. */
    public record StaffView(String staffId, String name, String role, Optional<String> team, Optional<String> lineManager,
            Optional<LocalDate> leftOn) {

        static StaffView of(StaffRecord row) {
            return new StaffView(row.staffId, row.name, row.role, Optional.ofNullable(row.team),
                    Optional.ofNullable(row.lineManager), Optional.ofNullable(row.leftOn));
        }
    }

    @Schema(example = "{\"staffId\": \"new-officer\", \"name\": \"Nadia New\", \"role\": \"probation-officer\", "
            + "\"team\": \"N01\", \"lineManager\": \"senior\"}")
    public record Join(@NotBlank @Pattern(regexp = STAFF_ID, message = STAFF_ID_MESSAGE) String staffId,
            @NotBlank @Size(max = 200) String name, @NotBlank @Size(max = 100) String role,
            Optional<@Pattern(regexp = TEAM, message = TEAM_MESSAGE) String> team,
            Optional<@Pattern(regexp = STAFF_ID, message = STAFF_ID_MESSAGE) String> lineManager) {

        public Join {
            team = team == null ? Optional.empty() : team;
            lineManager = lineManager == null ? Optional.empty() : lineManager;
        }
    }

    @Schema(example = "{\"team\": \"N02\", \"lineManager\": \"court\", \"reason\": \"moved to the court team\"}")
    public record MoveOne(Optional<@Pattern(regexp = TEAM, message = TEAM_MESSAGE) String> team,
            Optional<@Pattern(regexp = STAFF_ID, message = STAFF_ID_MESSAGE) String> lineManager,
            @NotBlank @Size(max = 2_000) String reason) {

        public MoveOne {
            team = team == null ? Optional.empty() : team;
            lineManager = lineManager == null ? Optional.empty() : lineManager;
        }
    }

    @Schema(example = "{\"reason\": \"north teams merged\", \"moves\": [{\"staffId\": \"officer\", \"team\": \"N02\"}, "
            + "{\"staffId\": \"court\", \"team\": \"N02\", \"lineManager\": \"senior\"}]}")
    public record Reorganise(@NotBlank @Size(max = 2_000) String reason,
            @NotEmpty @Size(max = 500) List<@NotNull @Valid Move> moves) {
    }

    @Schema(example = "{\"leftOn\": \"2026-11-30\", \"reason\": \"resigned\"}")
    public record Leave(@NotNull @PastOrPresent LocalDate leftOn, @NotBlank @Size(max = 2_000) String reason) {
    }

    private final StaffRegister register;
    private final CurrentActor actor;

    StaffResource(StaffRegister register, CurrentActor actor) {
        this.register = register;
        this.actor = actor;
    }

    @GET
    @RolesAllowed({"conduct-officer", "chief-executive", "senior-probation-officer"})
    @Operation(summary = "The staff register, leavers included")
    public List<StaffView> all() {
        return register.all().stream().map(StaffView::of).toList();
    }

    @GET
    @Path("/{staffId}")
    @RolesAllowed({"conduct-officer", "chief-executive", "senior-probation-officer"})
    @Operation(summary = "A member of staff")
    public StaffView one(@PathParam("staffId") String staffId) {
        return StaffView.of(register.member(staffId));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"chief-executive", "conduct-officer"})
    @Operation(summary = "A member of staff joins the register (chief executive or conduct officer); the line manager "
            + "must be on it and not have left")
    public RestResponse<Map<String, String>> join(@NotNull @Valid Join request) {
        long version = register.join(new StaffMemberRegistered(request.staffId(), request.name().strip(),
                request.role().strip(), request.team().map(String::strip), request.lineManager()), actor.metadata());
        return Tagged.created(version, Map.of("staffId", request.staffId()));
    }

    @POST
    @Path("/{staffId}/moves")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"chief-executive", "conduct-officer"})
    @Operation(summary = "A member of staff moves team and/or line manager (chief executive or conduct officer); their "
            + "new line manager then decides on and reads their declarations")
    public RestResponse<Void> move(@PathParam("staffId") String staffId, @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid MoveOne request) {
        Move move = new Move(staffId, request.team().map(String::strip), request.lineManager());
        somewhereToGo(move, "body");
        return Tagged.created(register.move(move, IfMatch.parse(ifMatch), request.reason().strip(), actor.metadata()));
    }

    @POST
    @Path("/reorganisations")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"chief-executive", "conduct-officer"})
    @Operation(summary = "A reorganisation: many members move in one command, one event each in their own stream, "
            + "sharing the reorganisation's id; any refused move leaves everyone where they were. It spans many records, "
            + "so it takes no If-Match and answers no ETag")
    public Response reorganise(@NotNull @Valid Reorganise request) {
        Set<String> named = new HashSet<>();
        for (int i = 0; i < request.moves().size(); i++) {
            Move move = request.moves().get(i);
            somewhereToGo(move, "moves[" + i + "]");
            if (!named.add(move.staffId())) {
                throw new InvalidField("moves[" + i + "].staffId", "once-per-reorganisation", move.staffId()
                        + " is moved more than once: give each member one move", null);
            }
        }
        UUID id = register.reorganise(request.moves().stream().map(m -> new Move(m.staffId(),
                m.team().map(String::strip), m.lineManager())).toList(), request.reason().strip(), actor.metadata());
        return Response.status(Response.Status.CREATED).entity(Map.of("reorganisationId", id,
                "moves", request.moves().size())).build();
    }

    @POST
    @Path("/{staffId}/leaving")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"chief-executive", "conduct-officer"})
    @Operation(summary = "A member of staff leaves (chief executive or conduct officer); refused while anyone still "
            + "answers to them")
    public RestResponse<Void> leave(@PathParam("staffId") String staffId, @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid Leave request) {
        return Tagged.created(register.leave(staffId, IfMatch.parse(ifMatch), request.leftOn(), request.reason().strip(),
                actor.metadata()));
    }

    private static void somewhereToGo(Move move, String field) {
        if (move.team().isEmpty() && move.lineManager().isEmpty()) {
            throw new InvalidField(field, "team-or-line-manager", "a move names a new team, a new line manager, or both",
                    null);
        }
    }
}

package org.desist.conduct.board;

import io.smallrye.common.annotation.RunOnVirtualThread;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.desist.eventstore.http.IfMatch;
import org.desist.eventstore.http.Tagged;
import org.desist.eventstore.projection.ReadsProjection;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * The board's roster: the board secretary appoints members and records that they stood down; the board's register of
 * interests and reports of a member's failure to comply name only people on it.
 */
@Path("/board/members")
@Tag(name = "Board members' register of interests")
@Produces(MediaType.APPLICATION_JSON)
@RunOnVirtualThread
public class BoardRosterResource {

    @Schema(example = "{\"memberId\": \"board\", \"appointedOn\": \"2026-04-01\"}")
    public record Appoint(@NotNull @Pattern(regexp = BoardInterestResource.MEMBER_ID,
            message = BoardInterestResource.MEMBER_ID_MESSAGE) String memberId, @NotNull LocalDate appointedOn) {
    }

    @Schema(example = "{\"stoodDownOn\": \"2026-10-31\"}")
    public record StandDown(@NotNull LocalDate stoodDownOn) {
    }

    /** One person on the roster; {@code stoodDownOn} once they have left the board. */
    public record MemberView(String memberId, LocalDate appointedOn, Optional<LocalDate> stoodDownOn, boolean serving) {

        static MemberView of(BoardMemberRecord row) {
            return new MemberView(row.memberId, row.appointedOn, Optional.ofNullable(row.stoodDownOn),
                    row.stoodDownOn == null);
        }
    }

    /** The answer to an appointment. */
    public record Appointed(String memberId) {
    }

    private final BoardRoster roster;
    private final BoardActor actor;

    BoardRosterResource(BoardRoster roster, BoardActor actor) {
        this.roster = roster;
        this.actor = actor;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(BoardActor.SECRETARY)
    @Operation(summary = "The board secretary appoints a member to the board (again, after they stood down). If-Match, "
            + "when sent, is the member's record version: \"0\" for someone never on the roster")
    @APIResponse(responseCode = "201", description = "Appointed")
    @APIResponse(responseCode = "409", description = "Refused by `already-on-board-roster`")
    public RestResponse<Appointed> appoint(@HeaderParam("If-Match") String ifMatch, @NotNull @Valid Appoint request,
            @Context UriInfo uri) {
        long version = roster.appoint(request.memberId(), request.appointedOn(), IfMatch.parse(ifMatch), actor.metadata());
        return Tagged.created(uri.getAbsolutePathBuilder().path(request.memberId()).build(), version,
                new Appointed(request.memberId()));
    }

    @POST
    @Path("/{memberId}/standing-down")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(BoardActor.SECRETARY)
    @Operation(summary = "The board secretary records that a member stood down; their register entries stay")
    @APIResponse(responseCode = "201", description = "Stood down")
    @APIResponse(responseCode = "409", description = "Refused by `board-member-stood-down`")
    public RestResponse<Void> standDown(@PathParam("memberId") String memberId, @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid StandDown request) {
        return Tagged.created(roster.standDown(memberId, request.stoodDownOn(), IfMatch.parse(ifMatch),
                actor.metadata()));
    }

    @GET
    @RolesAllowed({BoardActor.SECRETARY, BoardActor.MEMBER})
    @Operation(summary = "The board's roster, those who stood down included, for the board secretary and the members")
    @ReadsProjection("board-roster")
    public List<MemberView> all() {
        return BoardMemberRecord.<BoardMemberRecord>list("order by memberId").stream().map(MemberView::of).toList();
    }
}

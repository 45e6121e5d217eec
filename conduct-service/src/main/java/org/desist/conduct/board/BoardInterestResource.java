package org.desist.conduct.board;

import io.smallrye.common.annotation.RunOnVirtualThread;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
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
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.desist.conduct.board.BoardInterestEvent.InterestKind;
import org.desist.eventstore.UuidV7;
import org.desist.eventstore.command.CommandHandler;
import org.desist.eventstore.command.History;
import org.desist.eventstore.http.IfMatch;
import org.desist.eventstore.http.Tagged;
import org.desist.eventstore.projection.ReadsProjection;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * The board members' register of interests (002_d7d6c09e19b6ddeb.txt, board code 2.vi and 8): a board member
 * declares, amends and withdraws their own interests, or notifies the board secretary, who records them; the
 * secretary keeps and reads the whole register, a member reads their own entries.
 */
@Path("/board/interests")
@Tag(name = "Board members' register of interests")
@Produces(MediaType.APPLICATION_JSON)
@RunOnVirtualThread
@RolesAllowed({BoardActor.MEMBER, BoardActor.SECRETARY})
public class BoardInterestResource {

    static final String MEMBER_ID = "[a-z0-9][a-z0-9._-]{0,99}";
    static final String MEMBER_ID_MESSAGE = "must be a board member's id as the realm names users: lower-case letters, "
            + "digits, . _ -";

    @Schema(example = "{\"memberId\": \"board\", \"kind\": \"EMPLOYMENT_OR_OFFICE\", "
            + "\"details\": \"trustee of a housing charity that bids for the board's contracts\", \"date\": \"2026-04-01\"}")
    public record Declare(@NotNull @Pattern(regexp = MEMBER_ID, message = MEMBER_ID_MESSAGE) String memberId,
            @NotNull InterestKind kind, @NotBlank @Size(max = 5_000) String details, @NotNull LocalDate date) {
    }

    @Schema(example = "{\"kind\": \"EMPLOYMENT_OR_OFFICE\", \"details\": \"chair of the housing charity's trustees\", "
            + "\"date\": \"2026-04-01\", \"reason\": \"became chair\"}")
    public record Amend(@NotNull InterestKind kind, @NotBlank @Size(max = 5_000) String details, @NotNull LocalDate date,
            @NotBlank @Size(max = 2_000) String reason) {
    }

    @Schema(example = "{\"endedOn\": \"2026-10-31\", \"reason\": \"stood down as trustee\"}")
    public record Withdraw(@NotNull @PastOrPresent LocalDate endedOn, @NotBlank @Size(max = 2_000) String reason) {
    }

    /** An interest as the register shows it; {@code endedOn} once withdrawn, {@code reason} once amended or withdrawn. */
    public record InterestView(UUID interestId, String memberId, InterestKind kind, String details, LocalDate date,
            String status, Instant declaredAt, Instant changedAt, Optional<LocalDate> endedOn, Optional<String> reason) {

        static InterestView of(BoardInterestRecord row) {
            return new InterestView(row.interestId, row.memberId, InterestKind.valueOf(row.kind), row.details,
                    row.interestDate, row.status, row.declaredAt, row.changedAt, Optional.ofNullable(row.endedOn),
                    Optional.ofNullable(row.reason));
        }
    }

    private final CommandHandler commands;
    private final BoardActor actor;
    private final BoardRoster roster;

    BoardInterestResource(CommandHandler commands, BoardActor actor, BoardRoster roster) {
        this.commands = commands;
        this.actor = actor;
        this.roster = roster;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Declare an interest (002_d7d6c09e19b6ddeb.txt board code 2.vi) or a circumstance that may "
            + "affect membership (8): a board member for themselves, or the board secretary on a member's behalf; the "
            + "member must be serving on the board's roster")
    public RestResponse<Map<String, UUID>> declare(@HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid Declare request) {
        actor.mayRecordFor(request.memberId());
        // someone never appointed has no record to write on: refused here, before the decision re-checks the roster
        roster.membership(request.memberId()).mustBeOnRoster(request.memberId(), "memberId");
        UUID id = UuidV7.next();
        long version = commands.update(BoardInterests.stream(request.memberId()), IfMatch.parse(ifMatch),
                (History history) -> BoardInterests.declare(history.state(BoardMembership.AGGREGATE), id,
                        request.memberId(), request.kind(), request.details(), request.date()), actor.metadata()).version();
        return Tagged.created(version, Map.of("interestId", id));
    }

    @POST
    @Path("/{memberId}/{interestId}/amendment")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Amend a declared interest; the declaration and every amendment stay in the log")
    public RestResponse<Void> amend(@PathParam("memberId") String memberId, @PathParam("interestId") UUID interestId,
            @HeaderParam("If-Match") String ifMatch, @NotNull @Valid Amend request) {
        actor.mayRecordFor(memberId);
        return Tagged.created(commands.update(BoardInterests.stream(memberId), IfMatch.parse(ifMatch),
                (History history) -> history.state(BoardInterests.AGGREGATE).amend(history.state(BoardMembership.AGGREGATE),
                        memberId, interestId, request.kind(), request.details().strip(), request.date(),
                        request.reason().strip()), actor.metadata()).version());
    }

    @POST
    @Path("/{memberId}/{interestId}/withdrawal")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Withdraw an interest that has ended; it stays on the register as withdrawn")
    public RestResponse<Void> withdraw(@PathParam("memberId") String memberId, @PathParam("interestId") UUID interestId,
            @HeaderParam("If-Match") String ifMatch, @NotNull @Valid Withdraw request) {
        actor.mayRecordFor(memberId);
        return Tagged.created(commands.update(BoardInterests.stream(memberId), IfMatch.parse(ifMatch),
                BoardInterests.AGGREGATE, interests -> interests.withdraw(memberId, interestId, request.endedOn(),
                        request.reason().strip()), actor.metadata()).version());
    }

    @GET
    @Operation(summary = "The register of interests: all of it (or one member's, with memberId) for the board secretary; "
            + "a board member's own entries for them (403 for anyone else's)")
    @ReadsProjection("board-register")
    public List<InterestView> register(@QueryParam("memberId") Optional<String> memberId) {
        if (actor.isSecretary()) {
            return (memberId.isPresent()
                    ? BoardInterestRecord.<BoardInterestRecord>list("memberId = ?1 order by declaredAt", memberId.get())
                    : BoardInterestRecord.<BoardInterestRecord>list("order by memberId, declaredAt"))
                    .stream().map(InterestView::of).toList();
        }
        String self = actor.subject();
        if (memberId.isPresent() && !memberId.get().equals(self)) {
            throw new ForbiddenException("a board member reads their own declarations; the board secretary reads the register");
        }
        return BoardInterestRecord.<BoardInterestRecord>list("memberId = ?1 order by declaredAt", self).stream()
                .map(InterestView::of).toList();
    }
}

package org.desist.conduct.board;

import io.quarkus.security.Authenticated;
import io.smallrye.common.annotation.RunOnVirtualThread;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
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
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.desist.conduct.board.BoardConductEvent.Consulted;
import org.desist.conduct.board.BoardConductEvent.Outcome;
import org.desist.conduct.staff.StaffRecord;
import org.desist.eventstore.UuidV7;
import org.desist.eventstore.command.CommandHandler;
import org.desist.eventstore.http.IfMatch;
import org.desist.eventstore.http.Tagged;
import org.desist.eventstore.http.NotFound;
import org.desist.eventstore.projection.ReadsProjection;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * Reports of a board member's failure to comply with the code (002_d7d6c09e19b6ddeb.txt board code 9): any member of
 * the board or of staff notifies the board secretary, who records the outcome after consulting the Board Chair or
 * NOMS. Only the board secretary lists or reads them; to anyone else a report does not exist (404).
 */
@Path("/board/failure-reports")
@Tag(name = "Board members' register of interests")
@Produces(MediaType.APPLICATION_JSON)
@RunOnVirtualThread
public class FailureReportResource {

    @Schema(example = "{\"memberId\": \"board\", \"details\": \"voted on the housing charity's contract without "
            + "declaring that they are its trustee\"}")
    public record Report(@NotNull @Pattern(regexp = BoardInterestResource.MEMBER_ID,
            message = BoardInterestResource.MEMBER_ID_MESSAGE) String memberId, @NotBlank @Size(max = 10_000) String details) {
    }

    @Schema(example = "{\"outcome\": \"ACTION_BY_LOCAL_BOARD\", \"consulted\": \"BOARD_CHAIR\", "
            + "\"rationale\": \"undeclared interest admitted; the vote is to be retaken\"}")
    public record Conclude(@NotNull Outcome outcome, @NotNull Consulted consulted,
            @NotBlank @Size(max = 10_000) String rationale) {
    }

    /** A report as the board secretary reads it; the outcome once recorded. */
    public record ReportView(UUID reportId, String memberId, String details, String reportedBy, Instant reportedAt,
            Optional<Outcome> outcome, Optional<Consulted> consulted, Optional<String> rationale,
            Optional<String> decidedBy) {

        static ReportView of(FailureReportRecord row) {
            return new ReportView(row.reportId, row.memberId, row.details, row.reportedBy, row.reportedAt,
                    Optional.ofNullable(row.outcome).map(Outcome::valueOf),
                    Optional.ofNullable(row.consulted).map(Consulted::valueOf), Optional.ofNullable(row.rationale),
                    Optional.ofNullable(row.decidedBy));
        }
    }

    private final CommandHandler commands;
    private final BoardActor actor;
    private final BoardRoster roster;

    FailureReportResource(CommandHandler commands, BoardActor actor, BoardRoster roster) {
        this.commands = commands;
        this.actor = actor;
        this.roster = roster;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({BoardActor.MEMBER, BoardActor.SECRETARY, "probation-officer", "senior-probation-officer",
            "court-liaison", "conduct-officer", "disclosure-officer", "chief-executive", "auditor"})
    @Operation(summary = "Notify the board secretary of a board member's failure to comply with the code "
            + "(002_d7d6c09e19b6ddeb.txt board code 9): any board member or member of staff, about someone who is or "
            + "was on the board's roster")
    public RestResponse<Map<String, UUID>> report(@NotNull @Valid Report request) {
        roster.membership(request.memberId()).mustBeOnRoster(request.memberId(), "memberId");
        UUID id = UuidV7.next();
        long version = commands.create(FailureReport.stream(id), FailureReport.AGGREGATE,
                report -> FailureReport.report(id, request.memberId(), request.details()), actor.metadata()).version();
        return Tagged.created(version, Map.of("reportId", id));
    }

    @GET
    @RolesAllowed(BoardActor.SECRETARY)
    @Operation(summary = "Every report, for the board secretary only (403 to anyone else)")
    @ReadsProjection("board-failure-reports")
    public List<ReportView> all() {
        return FailureReportRecord.<FailureReportRecord>list("order by reportedAt desc").stream().map(ReportView::of).toList();
    }

    @GET
    @Path("/{reportId}")
    @Authenticated
    @Operation(summary = "One report, for the board secretary; to anyone else it does not exist (404)")
    @ReadsProjection("board-failure-reports")
    public ReportView one(@PathParam("reportId") UUID reportId) {
        return ReportView.of(known(reportId));
    }

    @POST
    @Path("/{reportId}/outcome")
    @Consumes(MediaType.APPLICATION_JSON)
    @Authenticated
    @Operation(summary = "The board secretary records the outcome and whom they consulted, once (board code 9); a "
            + "report about the chief executive is for the separate provision. 404 to anyone but the board secretary")
    @ReadsProjection({"board-failure-reports", "staff"})
    public RestResponse<Void> conclude(@PathParam("reportId") UUID reportId, @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid Conclude request) {
        FailureReportRecord row = known(reportId);
        StaffRecord member = StaffRecord.findById(row.memberId);
        boolean chiefExecutive = member != null && member.role.equals("chief-executive");
        return Tagged.created(commands.update(FailureReport.stream(reportId), IfMatch.parse(ifMatch),
                FailureReport.AGGREGATE, report -> report.conclude(request.outcome(), request.consulted(),
                        request.rationale().strip(), chiefExecutive), actor.metadata()).version());
    }

    /** A report the caller may know of: anyone but the board secretary is answered as if it did not exist. */
    private FailureReportRecord known(UUID reportId) {
        FailureReportRecord row = actor.isSecretary() ? FailureReportRecord.findById(reportId) : null;
        if (row == null) {
            throw new NotFound("no report " + reportId);
        }
        return row;
    }
}

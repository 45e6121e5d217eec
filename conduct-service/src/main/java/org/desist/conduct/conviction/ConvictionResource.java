package org.desist.conduct.conviction;

import io.smallrye.common.annotation.RunOnVirtualThread;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
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
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.desist.conduct.staff.ActingFor;
import org.desist.conduct.staff.StaffMember;
import org.desist.eventstore.UuidV7;
import org.desist.eventstore.command.CommandHandler;
import org.desist.eventstore.http.IfMatch;
import org.desist.eventstore.http.Tagged;
import org.desist.eventstore.http.CurrentActor;
import org.desist.eventstore.projection.ReadsProjection;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/convictions")
@Tag(name = "Convictions and cautions")
@Produces(MediaType.APPLICATION_JSON)
@RunOnVirtualThread
public class ConvictionResource {

    @Schema(example = "{\"staffId\": \"officer\", \"kind\": \"CAUTION\", \"details\": \"speeding, caution accepted\", "
            + "\"date\": \"2026-09-01\"}")
    public record Report(@NotBlank @Size(max = 100) String staffId, @NotNull ConvictionEvent.Kind kind,
            @NotBlank @Size(max = 5_000) String details, @NotNull @PastOrPresent LocalDate date) {
    }

    @Schema(example = "{\"outcome\": \"NO_ACTION\", \"rationale\": \"unrelated to the role; declared promptly\"}")
    public record Review(@NotNull ConvictionEvent.Outcome outcome, @NotBlank @Size(max = 5_000) String rationale) {
    }

    /** An entry of the chief executive's register: a reported conviction or caution and, once made, its review. */
    public record RegisterEntry(UUID reportId, String staffId, ConvictionEvent.Kind kind, String details,
            LocalDate occurredOn, Instant reportedAt, String reportedBy, Optional<ConvictionEvent.Outcome> outcome,
            Optional<String> rationale, Optional<String> reviewedBy, Optional<Instant> reviewedAt) {

        static RegisterEntry of(ConvictionRegisterRecord row) {
            return new RegisterEntry(row.reportId, row.staffId, ConvictionEvent.Kind.valueOf(row.kind), row.details,
                    row.occurredOn, row.reportedAt, row.reportedBy,
                    Optional.ofNullable(row.outcome).map(ConvictionEvent.Outcome::valueOf),
                    Optional.ofNullable(row.rationale), Optional.ofNullable(row.reviewedBy),
                    Optional.ofNullable(row.reviewedAt));
        }
    }

    private final CommandHandler commands;
    private final ActingFor actingFor;
    private final CurrentActor actor;

    ConvictionResource(CommandHandler commands, ActingFor actingFor, CurrentActor actor) {
        this.commands = commands;
        this.actingFor = actingFor;
        this.actor = actor;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"probation-officer", "senior-probation-officer", "court-liaison", "conduct-officer",
            "disclosure-officer", "chief-executive", "board-secretary", "auditor"})
    @Operation(summary = "Report one's own conviction or caution (002_d7d6c09e19b6ddeb.txt 4.4)")
    @ReadsProjection("staff")
    public RestResponse<Map<String, UUID>> report(@HeaderParam("If-Match") String ifMatch, @NotNull @Valid Report request) {
        actingFor.check(request.staffId());
        UUID id = UuidV7.next();
        long version = commands.startOrUpdate(StaffMember.privateStream(request.staffId()), IfMatch.parse(ifMatch),
                ConvictionReports.AGGREGATE, reports -> ConvictionReports.selfReport(id, request.staffId(),
                        request.kind(), request.details(), request.date()), actor.metadata()).version();
        return Tagged.created(version, Map.of("reportId", id));
    }

    @POST
    @Path("/{staffId}/{reportId}/review")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("conduct-officer")
    @Operation(summary = "The conduct officer's review of a self-reported conviction or caution, with its rationale")
    public RestResponse<Void> review(@PathParam("staffId") String staffId, @PathParam("reportId") UUID reportId,
            @HeaderParam("If-Match") String ifMatch, @NotNull @Valid Review request) {
        ConvictionReports earlier = commands.load(StaffMember.stream(staffId).id(), ConvictionReports.AGGREGATE).state();
        return Tagged.created(commands.startOrUpdate(StaffMember.privateStream(staffId), IfMatch.parse(ifMatch),
                ConvictionReports.AGGREGATE, reports -> earlier.and(reports).review(reportId, request.outcome(),
                        request.rationale().strip()), actor.metadata()).version());
    }

    @GET
    @Path("/register")
    @RolesAllowed({"chief-executive", "conduct-officer"})
    @Operation(summary = "The chief executive's register of convictions and cautions reported by staff, latest first, "
            + "each with the conduct officer's review once made (002_d7d6c09e19b6ddeb.txt 4.4)")
    @ReadsProjection("conviction-register")
    public List<RegisterEntry> register() {
        return ConvictionRegisterRecord.<ConvictionRegisterRecord>list("order by reportedAt desc").stream()
                .map(RegisterEntry::of).toList();
    }

    @GET
    @Path("/mine")
    @RolesAllowed({"probation-officer", "senior-probation-officer", "court-liaison", "conduct-officer",
            "disclosure-officer", "chief-executive", "board-secretary", "auditor"})
    @Operation(summary = "The caller's own reports of convictions and cautions, with their reviews")
    public ConvictionReports mine() {
        return reports(actor.actor().subject());
    }

    @GET
    @Path("/{staffId}")
    @RolesAllowed({"probation-officer", "senior-probation-officer", "court-liaison", "conduct-officer",
            "disclosure-officer", "chief-executive", "board-secretary", "auditor"})
    @Operation(summary = "A member of staff's reports and their reviews: for them and the conduct officer")
    public ConvictionReports list(@PathParam("staffId") String staffId) {
        var caller = actor.actor();
        if (!caller.subject().equals(staffId) && !caller.role().equals("conduct-officer")) {
            throw new jakarta.ws.rs.ForbiddenException("conviction reports are for the member of staff and the conduct officer");
        }
        return reports(staffId);
    }

    /** Reports in the staff stream (made before the private one existed) beside those in the private stream. */
    private ConvictionReports reports(String staffId) {
        return commands.load(StaffMember.stream(staffId).id(), ConvictionReports.AGGREGATE).state()
                .and(commands.load(StaffMember.privateStream(staffId).id(), ConvictionReports.AGGREGATE).state());
    }
}

package org.desist.reporting.request;

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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.desist.eventstore.command.Versioned;
import org.desist.eventstore.http.CurrentActor;
import org.desist.eventstore.http.IfMatch;
import org.desist.eventstore.http.Tagged;
import org.desist.eventstore.projection.ReadsProjection;
import org.desist.reporting.Roles;
import org.desist.reporting.report.CourtRequest;
import org.desist.reporting.report.ReportEvent;
import org.desist.reporting.report.ReportSummary;
import org.desist.reporting.report.ReportType;
import org.desist.reporting.report.Reports;
import org.desist.reporting.report.ReportsProjection;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** Courts' requests for pre-sentence reports, made and followed by court liaison. */
@Path("/court-requests")
@Tag(name = "Court requests")
@Produces(MediaType.APPLICATION_JSON)
@RunOnVirtualThread
public class CourtRequestResource {

    /** Safe as a stream id and a Kafka key; case-service's CRNs are a letter and six digits. */
    static final String CRN = "[A-Za-z0-9][A-Za-z0-9/_-]{0,19}";

    @Schema(example = "{\"court\": \"Leeds Magistrates' Court\", \"hearingDate\": \"2026-12-15\", \"crn\": \"K123456\", "
            + "\"charges\": [\"Theft from a shop (Theft Act 1968 s.1)\"], \"reportType\": \"STANDARD\"}")
    public record NewRequest(@NotBlank @Size(max = 200) String court, @NotNull LocalDate hearingDate,
            Optional<@Pattern(regexp = CRN, message = "must be a CRN, e.g. K123456") String> crn,
            Optional<@Size(max = 20) @Pattern(regexp = "[0-9A-Za-z/]+", message = "must be a PNC number, e.g. 2004/0046583U") String> pnc,
            Optional<@Size(max = 200) String> defendantName,
            @NotNull @Size(min = 1, max = 50) List<@NotBlank @Size(max = 500) String> charges,
            @NotNull ReportType reportType) {

        CourtRequest request() {
            return new CourtRequest(court.strip(), hearingDate, crn, pnc, defendantName, charges, reportType);
        }
    }

    public record Opened(UUID reportId) {
    }

    @Schema(example = "{\"crn\": \"K123456\"}")
    public record Match(@NotNull @Pattern(regexp = CRN, message = "must be a CRN, e.g. K123456") String crn) {
    }

    private final Reports reports;
    private final CurrentActor actor;

    CourtRequestResource(Reports reports, CurrentActor actor) {
        this.reports = reports;
        this.actor = actor;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.COURT)
    @Operation(summary = "Request a pre-sentence report for a hearing (court liaison): opens the report; a request with "
            + "only a PNC nobody is registered with waits to be matched")
    @APIResponse(responseCode = "201", description = "The report opened: its id, and its ETag")
    public RestResponse<Opened> request(@NotNull @Valid NewRequest request) {
        Versioned<UUID> opened = reports.request(request.request(), ReportEvent.Via.COURT_LIAISON, actor.metadata());
        return Tagged.created(URI.create("/reports/" + opened.value()), opened.version(), new Opened(opened.value()));
    }

    @GET
    @RolesAllowed({Roles.COURT, Roles.SENIOR})
    @Operation(summary = "Court requests and their reports, newest first: ?crn= one person's, ?unmatched=true those "
            + "waiting to be matched to a person (court liaison, seniors)")
    @ReadsProjection(ReportsProjection.NAME)
    public List<ReportSummary> list(@QueryParam("crn") @Pattern(regexp = CRN, message = "must be a CRN, e.g. K123456") String crn,
            @QueryParam("unmatched") boolean unmatched) {
        return ReportSummary.list("(?1 is null or crn = ?1) and (?2 = false or crn is null) order by requestedAt desc",
                crn, unmatched);
    }

    @POST
    @Path("/{reportId}/match")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.COURT)
    @Operation(summary = "Match a waiting request to the person's CRN (court liaison)")
    @APIResponse(responseCode = "200", description = "Matched")
    @APIResponse(responseCode = "409", description = "`defendant-already-matched`")
    public RestResponse<Void> match(@PathParam("reportId") UUID reportId, @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid Match match) {
        return Tagged.noContent(reports.match(reportId, IfMatch.parse(ifMatch), match.crn(), "court liaison",
                actor.metadata()));
    }
}

package org.desist.reporting.report;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.common.annotation.RunOnVirtualThread;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.desist.eventstore.command.Versioned;
import org.desist.eventstore.access.NeedToKnowGuard;
import org.desist.eventstore.access.Part;
import org.desist.eventstore.http.CurrentActor;
import org.desist.eventstore.http.IfMatch;
import org.desist.eventstore.http.NotFound;
import org.desist.eventstore.http.RuleViolated;
import org.desist.eventstore.http.Tagged;
import org.desist.eventstore.projection.ReadsProjection;
import org.desist.reporting.Roles;
import org.desist.reporting.document.ReportDocument;
import org.desist.reporting.report.ReportEvent.ReportSigned;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * Writing, quality assurance, signing and the document of pre-sentence reports. Who may do what is said here by role;
 * which report is the author's is the report's own rule (PreSentenceReport).
 */
@Path("/reports")
@Tag(name = "Pre-sentence reports")
@Produces(MediaType.APPLICATION_JSON)
@RunOnVirtualThread
public class ReportResource {

    @Schema(example = "{\"staffId\": \"officer\"}")
    public record Assign(@NotBlank @Size(max = 100) String staffId) {
    }

    @Schema(example = "{\"comments\": \"say which alternatives to custody you considered\"}")
    public record GiveBack(@NotBlank @Size(max = 5_000) String comments) {
    }

    @Schema(example = "{\"rationale\": \"the assessment of dangerousness is evidenced and proportionate\"}")
    public record Countersign(@NotBlank @Size(max = 5_000) String rationale) {
    }

    @Schema(example = "{\"reason\": \"the court asked for the effect of the new address on the proposal\"}")
    public record Revise(@NotBlank @Size(max = 5_000) String reason) {
    }

    /** Where a report stands after a change. */
    public record Status(UUID reportId, Stage stage, int version) {
    }

    private final Reports reports;
    private final CurrentActor actor;
    private final SecurityIdentity identity;
    private final ReportsConfig config;
    private final NeedToKnowGuard guard;

    ReportResource(Reports reports, CurrentActor actor, SecurityIdentity identity, ReportsConfig config,
            NeedToKnowGuard guard) {
        this.guard = guard;
        this.reports = reports;
        this.actor = actor;
        this.identity = identity;
        this.config = config;
    }

    @GET
    @Path("/{reportId}")
    @RolesAllowed({Roles.COURT, Roles.SENIOR, Roles.OFFICER})
    @Operation(summary = "A report: with its draft and pre-filled facts for its author and seniors; the request and "
            + "signed versions only for court liaison")
    public RestResponse<ReportView> one(@PathParam("reportId") UUID reportId,
            @HeaderParam(NeedToKnowGuard.PURPOSE) String purpose) {
        Versioned<PreSentenceReport> loaded = reports.load(reportId);
        PreSentenceReport report = loaded.value();
        needToKnow(report, "GET /reports/" + reportId, purpose);
        boolean drafts = mayReadDrafts(report);
        if (!drafts && !identity.hasRole(Roles.COURT)) {
            throw new NotTheAuthor("only report " + reportId + "'s author and seniors read it");
        }
        return Tagged.ok(loaded.version(), ReportView.of(reportId, report, drafts,
                drafts ? reports.factsFor(report) : List.of(), LocalDate.now()));
    }

    @PUT
    @Path("/{reportId}/author")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.SENIOR)
    @Operation(summary = "Assign the report's author (senior)")
    @APIResponse(responseCode = "200", description = "Assigned")
    @APIResponse(responseCode = "409", description = "`report-signed`")
    public RestResponse<Status> assign(@PathParam("reportId") UUID reportId, @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid Assign assign) {
        return status(reportId, reports.assign(reportId, IfMatch.parse(ifMatch), assign.staffId().strip(),
                actor.metadata()));
    }

    @PUT
    @Path("/{reportId}/draft")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.OFFICER, Roles.SENIOR})
    @Operation(summary = "Write the draft (its author only): offence analysis, assessment, the person's view and the "
            + "proposal; attitude, sources and dangerousness optional. Custody possible needs an impact statement")
    @APIResponse(responseCode = "200", description = "Written")
    @APIResponse(responseCode = "409", description = "`report-not-in-drafting`, `report-signed`")
    public RestResponse<Status> write(@PathParam("reportId") UUID reportId, @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid Draft draft) {
        return status(reportId, reports.write(reportId, IfMatch.parse(ifMatch), draft, actor.metadata()));
    }

    @POST
    @Path("/{reportId}/submit")
    @RolesAllowed({Roles.OFFICER, Roles.SENIOR})
    @Operation(summary = "Submit the draft for quality assurance (its author)")
    @APIResponse(responseCode = "200", description = "Submitted")
    @APIResponse(responseCode = "409", description = "`report-not-in-drafting`, `draft-missing`")
    public RestResponse<Status> submit(@PathParam("reportId") UUID reportId, @HeaderParam("If-Match") String ifMatch) {
        return status(reportId, reports.submit(reportId, IfMatch.parse(ifMatch), actor.metadata()));
    }

    @POST
    @Path("/{reportId}/approve")
    @RolesAllowed(Roles.SENIOR)
    @Operation(summary = "Approve the submitted draft (a senior, not its author); no body")
    @APIResponse(responseCode = "200", description = "Approved")
    @APIResponse(responseCode = "409", description = "`report-not-submitted`, `own-report`")
    public RestResponse<Status> approve(@PathParam("reportId") UUID reportId, @HeaderParam("If-Match") String ifMatch) {
        return status(reportId, reports.approve(reportId, IfMatch.parse(ifMatch), actor.metadata()));
    }

    @POST
    @Path("/{reportId}/return")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.SENIOR)
    @Operation(summary = "Return the submitted draft to its author with comments (a senior, not its author)")
    @APIResponse(responseCode = "200", description = "Returned")
    @APIResponse(responseCode = "409", description = "`report-not-submitted`, `own-report`")
    public RestResponse<Status> giveBack(@PathParam("reportId") UUID reportId, @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid GiveBack giveBack) {
        return status(reportId, reports.giveBack(reportId, IfMatch.parse(ifMatch), giveBack.comments().strip(),
                actor.metadata()));
    }

    @POST
    @Path("/{reportId}/countersignature")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.SENIOR)
    @Operation(summary = "Countersign a dangerousness report (a senior, not its author): required before signing")
    @APIResponse(responseCode = "200", description = "Countersigned")
    @APIResponse(responseCode = "409", description = "`report-not-submitted`, `not-a-dangerousness-report`, `own-report`")
    public RestResponse<Status> countersign(@PathParam("reportId") UUID reportId, @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid Countersign countersign) {
        return status(reportId, reports.countersign(reportId, IfMatch.parse(ifMatch), countersign.rationale().strip(),
                actor.metadata()));
    }

    @POST
    @Path("/{reportId}/sign")
    @RolesAllowed({Roles.OFFICER, Roles.SENIOR})
    @Operation(summary = "Sign the approved version (its author): it never changes again, and is delivered to the court "
            + "as pre-sentence.report.delivered on desist.court-reports in the same transaction")
    @APIResponse(responseCode = "200", description = "Signed and delivered")
    @APIResponse(responseCode = "409", description = "`report-not-approved`, `report-signed`, `defendant-not-matched`, "
            + "`countersignature-required`")
    public RestResponse<Status> sign(@PathParam("reportId") UUID reportId, @HeaderParam("If-Match") String ifMatch) {
        return status(reportId, reports.sign(reportId, IfMatch.parse(ifMatch), actor.metadata()));
    }

    @POST
    @Path("/{reportId}/revision")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.OFFICER, Roles.SENIOR})
    @Operation(summary = "Change a signed report (its author): the signed version stays; the next version is written "
            + "with the reason, approved, signed and delivered again")
    @APIResponse(responseCode = "200", description = "The next version is being written")
    @APIResponse(responseCode = "409", description = "`report-not-signed`")
    public RestResponse<Status> revise(@PathParam("reportId") UUID reportId, @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid Revise revise) {
        return status(reportId, reports.revise(reportId, IfMatch.parse(ifMatch), revise.reason().strip(),
                actor.metadata()));
    }

    @POST
    @Path("/{reportId}/acknowledgement")
    @RolesAllowed(Roles.COURT)
    @Operation(summary = "The court's receipt of a delivered version (court liaison): ?version=, else the latest; no "
            + "body. A receipt given twice is one")
    @APIResponse(responseCode = "200", description = "Acknowledged")
    @APIResponse(responseCode = "409", description = "`report-not-delivered`, `version-not-delivered`")
    public RestResponse<Status> acknowledge(@PathParam("reportId") UUID reportId,
            @QueryParam("version") @Min(1) Integer version) {
        return status(reportId, reports.acknowledge(reportId, Optional.ofNullable(version), ReportEvent.Via.COURT_LIAISON,
                actor.metadata()));
    }

    @GET
    @Path("/{reportId}/document")
    @Produces("application/pdf")
    @RolesAllowed({Roles.COURT, Roles.SENIOR, Roles.OFFICER})
    @Operation(summary = "The report as a PDF (A4, OFFICIAL-SENSITIVE, page X of Y, its SHA-256 on every page): a signed "
            + "version (?version=, else the latest) for court liaison; for the author and seniors the draft, marked "
            + "DRAFT — NOT FOR COURT, while one is being written")
    @APIResponse(responseCode = "200", description = "The PDF", content = @Content(mediaType = "application/pdf"))
    @APIResponse(responseCode = "409", description = "`report-not-signed`, `draft-missing`")
    public RestResponse<byte[]> document(@PathParam("reportId") UUID reportId,
            @QueryParam("version") @Min(1) Integer version, @HeaderParam(NeedToKnowGuard.PURPOSE) String purpose) {
        PreSentenceReport report = reports.load(reportId).value();
        needToKnow(report, "GET /reports/" + reportId + "/document", purpose);
        boolean drafts = mayReadDrafts(report);
        if (!drafts && !identity.hasRole(Roles.COURT)) {
            throw new NotTheAuthor("only report " + reportId + "'s author, seniors and court liaison read it");
        }
        byte[] pdf;
        if (version != null) {
            ReportSigned signed = report.signedVersion(version)
                    .orElseThrow(() -> new NotFound("report " + reportId + " has no signed version " + version));
            pdf = ReportDocument.render(signed.report(), signed.sha256(), false);
        } else if (!drafts || report.stage() == Stage.SIGNED) {
            ReportSigned signed = report.latestSigned().orElseThrow(() -> new RuleViolated("report-not-signed",
                    "report " + reportId + " has no signed version yet: the court receives it once its author signs",
                    null));
            pdf = ReportDocument.render(signed.report(), signed.sha256(), false);
        } else if (report.draft().isEmpty()) {
            throw new RuleViolated("draft-missing", "report " + reportId + " has no draft yet", null);
        } else {
            CourtReport draft = report.courtReport(reportId, reports.factsFor(report));
            pdf = ReportDocument.render(draft, ReportHash.of(draft), true);
        }
        return RestResponse.ResponseBuilder.ok(pdf, "application/pdf")
                .header("Content-Disposition", "inline; filename=\"pre-sentence-report-" + reportId + ".pdf\"").build();
    }

    @GET
    @Path("/overdue")
    @RolesAllowed({Roles.COURT, Roles.SENIOR})
    @Operation(summary = "Reports not yet signed that are past their due date or their hearing (court liaison, seniors)")
    @ReadsProjection(ReportsProjection.NAME)
    public List<ReportSummary> overdue() {
        LocalDate today = LocalDate.now();
        return ReportSummary.list("stage <> 'SIGNED' and (dueDate < ?1 or hearingDate < ?1) order by dueDate", today);
    }

    @GET
    @Path("/unacknowledged")
    @RolesAllowed({Roles.COURT, Roles.SENIOR})
    @Operation(summary = "Delivered versions the court has not acknowledged within desist.reports.acknowledgement-within "
            + "(court liaison, seniors)")
    @ReadsProjection(ReportsProjection.NAME)
    public List<ReportSummary> unacknowledged() {
        Instant before = Instant.now().minus(config.acknowledgementWithin());
        return ReportSummary.list("deliveredVersion is not null and deliveredAt <= ?1 and (acknowledgedVersion is null "
                + "or acknowledgedVersion < deliveredVersion) order by deliveredAt", before);
    }

    /** The author and seniors see drafts; an officer who is not the author sees nothing of it. */
    private boolean mayReadDrafts(PreSentenceReport report) {
        return identity.hasRole(Roles.SENIOR) || report.author().equals(Optional.of(actor.actor().subject()));
    }

    private RestResponse<Status> status(UUID reportId, long streamVersion) {
        PreSentenceReport report = reports.load(reportId).value();
        return Tagged.ok(streamVersion, new Status(reportId, report.stage(), report.version()));
    }

    /**
     * Need-to-know on the person the report is about, as for every person's record (court liaison by the court's
     * request, staff by their caseload or team), and the read in the access log; a request not yet matched to a person
     * is court liaison's and its author's alone.
     */
    private void needToKnow(PreSentenceReport report, String operation, String purpose) {
        report.crn().ifPresent(crn -> guard.require(crn, Part.REPORTS, operation, Optional.ofNullable(purpose)));
    }
}

package org.desist.risk.assessment;

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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import java.util.UUID;
import org.desist.eventstore.access.NeedToKnow;
import org.desist.eventstore.access.Part;
import org.desist.eventstore.http.AsOf;
import org.desist.eventstore.command.Versioned;
import org.desist.eventstore.http.CurrentActor;
import org.desist.eventstore.http.IfMatch;
import org.desist.eventstore.http.Tagged;
import org.desist.risk.assessment.AssessmentEvent.RoshAssessed;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/people/{crn}")
@NeedToKnow(Part.RISK)
@Tag(name = "Risk assessment and tier")
@Produces(MediaType.APPLICATION_JSON)
@RunOnVirtualThread
public class AssessmentResource {

    private static final String CRN = "[A-Z][0-9]{6}";
    private static final String CRN_MESSAGE = "must be a CRN: a letter and six digits";

    private final RiskAssessments assessments;
    private final CurrentActor actor;

    AssessmentResource(RiskAssessments assessments, CurrentActor actor) {
        this.assessments = assessments;
        this.actor = actor;
    }

    @POST
    @Path("/rosh")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"probation-officer", "senior-probation-officer"})
    @Operation(summary = "Assess risk of serious harm per group, with evidence and rationale; HIGH and VERY_HIGH, and "
            + "any lowering of a HIGH or VERY_HIGH level, take effect once a senior officer other than the assessor "
            + "countersigns, and an older assessment awaiting countersignature lapses (000_c72660e7df92b92e.txt 8.3, 8.5)")
    @APIResponse(responseCode = "201", description = "Assessed; effective says whether it awaits countersignature")
    public RestResponse<Map<String, Object>> assessRosh(
            @PathParam("crn") @Pattern(regexp = CRN, message = CRN_MESSAGE) String crn,
            @HeaderParam("If-Match") String ifMatch, @NotNull @Valid AssessmentRequests.AssessRosh request) {
        Versioned<RoshAssessed> assessed = assessments.assessRosh(crn, IfMatch.parse(ifMatch), request, actor.metadata());
        return Tagged.created(assessed.version(), Map.of("assessmentId", assessed.value().assessmentId(),
                "overallLevel", assessed.value().overallLevel(), "effective", assessed.value().effective()));
    }

    @POST
    @Path("/rosh/{assessmentId}/countersignature")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("senior-probation-officer")
    @Operation(summary = "Countersign the latest assessment awaiting countersignature, by a senior officer other than the "
            + "assessor; a lapsed one is refused (rosh-assessment-lapsed)")
    @APIResponse(responseCode = "201", description = "Countersigned: the assessment is in effect")
    @APIResponse(responseCode = "409", description = "Refused by `rosh-assessment-lapsed` or `countersigned-by-assessor`")
    public RestResponse<Void> countersign(@PathParam("crn") @Pattern(regexp = CRN, message = CRN_MESSAGE) String crn,
            @PathParam("assessmentId") UUID assessmentId, @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid AssessmentRequests.Countersign request) {
        return Tagged.created(assessments.countersign(crn, IfMatch.parse(ifMatch), assessmentId, request.comments(),
                actor.metadata()));
    }

    @GET
    @Path("/rosh")
    @RolesAllowed({"probation-officer", "senior-probation-officer", "auditor"})
    @Operation(summary = "Risk of serious harm read back: the assessment in effect, the one awaiting countersignature, "
            + "and every assessment with its rationale, countersignature and what became of it; asOf answers as it "
            + "stood then (000_c72660e7df92b92e.txt 8.5)",
            description = "The ETag is the version of the person's risk record: send it as If-Match with the next write.")
    public RestResponse<RoshHistory> rosh(@PathParam("crn") @Pattern(regexp = CRN, message = CRN_MESSAGE) String crn,
            @QueryParam("asOf") String asOf) {
        Versioned<RoshHistory> rosh = assessments.rosh(crn, AsOf.parse(asOf));
        return Tagged.ok(rosh.version(), rosh.value());
    }

    @POST
    @Path("/assessments")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"probation-officer", "senior-probation-officer"})
    @Operation(summary = "Record the needs and RSR from an assessment")
    @APIResponse(responseCode = "201", description = "Recorded; the tier is recalculated")
    public RestResponse<Map<String, UUID>> complete(@PathParam("crn") @Pattern(regexp = CRN, message = CRN_MESSAGE) String crn,
            @HeaderParam("If-Match") String ifMatch, @NotNull @Valid AssessmentRequests.CompleteAssessment request) {
        Versioned<UUID> id = assessments.completeAssessment(crn, IfMatch.parse(ifMatch), request, actor.metadata());
        return Tagged.created(id.version(), Map.of("assessmentId", id.value()));
    }

    @POST
    @Path("/registrations")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"probation-officer", "senior-probation-officer"})
    @Operation(summary = "Add a registration that bears on risk (MAPPA, complexity factors), with its review date")
    @APIResponse(responseCode = "201", description = "Registered; the tier is recalculated")
    public RestResponse<Map<String, UUID>> register(@PathParam("crn") @Pattern(regexp = CRN, message = CRN_MESSAGE) String crn,
            @HeaderParam("If-Match") String ifMatch, @NotNull @Valid AssessmentRequests.AddRegistration request) {
        Versioned<UUID> id = assessments.addRegistration(crn, IfMatch.parse(ifMatch), request, actor.metadata());
        return Tagged.created(id.version(), Map.of("registrationId", id.value()));
    }

    @GET
    @Path("/registrations")
    @RolesAllowed({"probation-officer", "senior-probation-officer", "auditor"})
    @Operation(summary = "The registrations in force, recorded here or in case-service (source), with their review "
            + "dates; asOf answers as they stood then")
    public java.util.Collection<AssessmentEvent.RegistrationAdded> registrations(
            @PathParam("crn") @Pattern(regexp = CRN, message = CRN_MESSAGE) String crn, @QueryParam("asOf") String asOf) {
        return assessments.registrations(crn, AsOf.parse(asOf));
    }

    @POST
    @Path("/registrations/{registrationId}/review")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"probation-officer", "senior-probation-officer"})
    @Operation(summary = "Review a registration, keeping it in force until the next review date")
    @APIResponse(responseCode = "201", description = "Reviewed")
    public RestResponse<Void> reviewRegistration(@PathParam("crn") @Pattern(regexp = CRN, message = CRN_MESSAGE) String crn,
            @PathParam("registrationId") UUID registrationId, @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid AssessmentRequests.ReviewRegistration request) {
        return Tagged.created(assessments.reviewRegistration(crn, IfMatch.parse(ifMatch), registrationId, request,
                actor.metadata()));
    }

    @POST
    @Path("/registrations/{registrationId}/removal")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"probation-officer", "senior-probation-officer"})
    @Operation(summary = "Remove a registration, with the reason")
    @APIResponse(responseCode = "201", description = "Removed; the tier is recalculated")
    public RestResponse<Void> deregister(@PathParam("crn") @Pattern(regexp = CRN, message = CRN_MESSAGE) String crn,
            @PathParam("registrationId") UUID registrationId, @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid AssessmentRequests.RemoveRegistration request) {
        return Tagged.created(assessments.removeRegistration(crn, IfMatch.parse(ifMatch), registrationId,
                request.reason(), actor.metadata()));
    }

    @GET
    @Path("/tier")
    @NeedToKnow(Part.RISK_SUMMARY)
    @RolesAllowed({"probation-officer", "senior-probation-officer", "auditor"})
    @Operation(summary = "The tier in force, the calculation explained by its inputs and points (shared/facts/TIER.md), "
            + "any override in force or awaiting countersignature; asOf answers as it stood then",
            description = "The ETag is the version of the person's risk record: send it as If-Match with the next write.")
    public RestResponse<RiskAssessments.TierView> tier(
            @PathParam("crn") @Pattern(regexp = CRN, message = CRN_MESSAGE) String crn, @QueryParam("asOf") String asOf) {
        Versioned<RiskAssessments.TierView> tier = assessments.tier(crn, AsOf.parse(asOf));
        return Tagged.ok(tier.version(), tier.value());
    }

    @POST
    @Path("/overrides")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"probation-officer", "senior-probation-officer"})
    @Operation(summary = "Override a calculated level (the tier or the OGRS3 band) with a rationale; it takes effect once "
            + "another senior officer countersigns, and the calculated value stays on record (000_c72660e7df92b92e.txt "
            + "8.3, 8.5)")
    @APIResponse(responseCode = "201", description = "Recorded, awaiting countersignature")
    @APIResponse(responseCode = "409", description = "Refused by `nothing-calculated`: no calculated level to override")
    public RestResponse<Map<String, UUID>> override(@PathParam("crn") @Pattern(regexp = CRN, message = CRN_MESSAGE) String crn,
            @HeaderParam("If-Match") String ifMatch, @NotNull @Valid AssessmentRequests.OverrideLevel request) {
        Versioned<UUID> id = assessments.override(crn, IfMatch.parse(ifMatch), request.level(), request.value().strip(),
                request.rationale(), actor.metadata());
        return Tagged.created(id.version(), Map.of("overrideId", id.value()));
    }

    @POST
    @Path("/overrides/{overrideId}/countersignature")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("senior-probation-officer")
    @Operation(summary = "Countersign an override: another senior officer than the one who made it (000 8.5), while the "
            + "calculation it overrode is still current (409 override-superseded otherwise)")
    @APIResponse(responseCode = "201", description = "Countersigned: the override is in force")
    @APIResponse(responseCode = "409", description = "Refused by `override-superseded` or `countersigned-by-assessor`")
    public RestResponse<Void> countersignOverride(@PathParam("crn") @Pattern(regexp = CRN, message = CRN_MESSAGE) String crn,
            @PathParam("overrideId") UUID overrideId, @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid AssessmentRequests.Countersign request) {
        return Tagged.created(assessments.countersignOverride(crn, IfMatch.parse(ifMatch), overrideId,
                request.comments(), actor.metadata()));
    }

    @GET
    @Path("/overrides")
    @RolesAllowed({"probation-officer", "senior-probation-officer", "auditor"})
    @Operation(summary = "Each calculated level beside the value in force, and overrides awaiting countersignature",
            description = "The ETag is the version of the person's risk record: send it as If-Match with the next write.")
    public RestResponse<RiskAssessments.OverridesView> overrides(
            @PathParam("crn") @Pattern(regexp = CRN, message = CRN_MESSAGE) String crn) {
        Versioned<RiskAssessments.OverridesView> overrides = assessments.overrides(crn);
        return Tagged.ok(overrides.version(), overrides.value());
    }

    @POST
    @Path("/reviews")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"probation-officer", "senior-probation-officer"})
    @Operation(summary = "Complete the due reassessment; the next is scheduled by RoSH and tier (16 or 26 weeks)")
    @APIResponse(responseCode = "201", description = "Completed; the next review is scheduled")
    public RestResponse<Void> review(@PathParam("crn") @Pattern(regexp = CRN, message = CRN_MESSAGE) String crn,
            @HeaderParam("If-Match") String ifMatch, @NotNull @Valid AssessmentRequests.CompleteReview request) {
        return Tagged.created(assessments.completeReview(crn, IfMatch.parse(ifMatch), request.summary(),
                actor.metadata()));
    }
}

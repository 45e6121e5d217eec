package org.desist.risk.assessment;

import io.smallrye.common.annotation.RunOnVirtualThread;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.UUID;
import org.desist.eventstore.http.AsOf;
import org.desist.eventstore.http.CurrentActor;
import org.desist.risk.assessment.AssessmentEvent.RoshAssessed;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/people/{crn}")
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
    public Response assessRosh(@PathParam("crn") @Pattern(regexp = CRN, message = CRN_MESSAGE) String crn,
            @NotNull @Valid AssessmentRequests.AssessRosh request) {
        RoshAssessed assessed = assessments.assessRosh(crn, request, actor.metadata());
        return Response.status(Response.Status.CREATED).entity(Map.of("assessmentId", assessed.assessmentId(),
                "overallLevel", assessed.overallLevel(), "effective", assessed.effective())).build();
    }

    @POST
    @Path("/rosh/{assessmentId}/countersignature")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("senior-probation-officer")
    @Operation(summary = "Countersign the latest assessment awaiting countersignature, by a senior officer other than the "
            + "assessor; a lapsed one is refused (rosh-assessment-lapsed)")
    public Response countersign(@PathParam("crn") @Pattern(regexp = CRN, message = CRN_MESSAGE) String crn,
            @PathParam("assessmentId") UUID assessmentId, @NotNull @Valid AssessmentRequests.Countersign request) {
        assessments.countersign(crn, assessmentId, request.comments(), actor.metadata());
        return Response.status(Response.Status.CREATED).build();
    }

    @GET
    @Path("/rosh")
    @RolesAllowed({"probation-officer", "senior-probation-officer", "auditor"})
    @Operation(summary = "Risk of serious harm read back: the assessment in effect, the one awaiting countersignature, "
            + "and every assessment with its rationale, countersignature and what became of it; asOf answers as it "
            + "stood then (000_c72660e7df92b92e.txt 8.5)")
    public RoshHistory rosh(@PathParam("crn") @Pattern(regexp = CRN, message = CRN_MESSAGE) String crn,
            @QueryParam("asOf") String asOf) {
        return assessments.rosh(crn, AsOf.parse(asOf));
    }

    @POST
    @Path("/assessments")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"probation-officer", "senior-probation-officer"})
    @Operation(summary = "Record the needs and RSR from an assessment")
    public Response complete(@PathParam("crn") @Pattern(regexp = CRN, message = CRN_MESSAGE) String crn,
            @NotNull @Valid AssessmentRequests.CompleteAssessment request) {
        UUID id = assessments.completeAssessment(crn, request, actor.metadata());
        return Response.status(Response.Status.CREATED).entity(Map.of("assessmentId", id)).build();
    }

    @POST
    @Path("/registrations")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"probation-officer", "senior-probation-officer"})
    @Operation(summary = "Add a registration that bears on risk (MAPPA, complexity factors), with its review date")
    public Response register(@PathParam("crn") @Pattern(regexp = CRN, message = CRN_MESSAGE) String crn,
            @NotNull @Valid AssessmentRequests.AddRegistration request) {
        UUID id = assessments.addRegistration(crn, request, actor.metadata());
        return Response.status(Response.Status.CREATED).entity(Map.of("registrationId", id)).build();
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
    public Response reviewRegistration(@PathParam("crn") @Pattern(regexp = CRN, message = CRN_MESSAGE) String crn,
            @PathParam("registrationId") UUID registrationId,
            @NotNull @Valid AssessmentRequests.ReviewRegistration request) {
        assessments.reviewRegistration(crn, registrationId, request, actor.metadata());
        return Response.status(Response.Status.CREATED).build();
    }

    @POST
    @Path("/registrations/{registrationId}/removal")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"probation-officer", "senior-probation-officer"})
    @Operation(summary = "Remove a registration, with the reason")
    public Response deregister(@PathParam("crn") @Pattern(regexp = CRN, message = CRN_MESSAGE) String crn,
            @PathParam("registrationId") UUID registrationId, @NotNull @Valid AssessmentRequests.RemoveRegistration request) {
        assessments.removeRegistration(crn, registrationId, request.reason(), actor.metadata());
        return Response.status(Response.Status.CREATED).build();
    }

    @GET
    @Path("/tier")
    @RolesAllowed({"probation-officer", "senior-probation-officer", "auditor"})
    @Operation(summary = "The tier in force, the calculation explained by its inputs and points (shared/facts/TIER.md), "
            + "any override in force or awaiting countersignature; asOf answers as it stood then")
    public RiskAssessments.TierView tier(@PathParam("crn") @Pattern(regexp = CRN, message = CRN_MESSAGE) String crn,
            @QueryParam("asOf") String asOf) {
        return assessments.tier(crn, AsOf.parse(asOf));
    }

    @POST
    @Path("/overrides")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"probation-officer", "senior-probation-officer"})
    @Operation(summary = "Override a calculated level (the tier or the OGRS3 band) with a rationale; it takes effect once "
            + "another senior officer countersigns, and the calculated value stays on record (000_c72660e7df92b92e.txt "
            + "8.3, 8.5)")
    public Response override(@PathParam("crn") @Pattern(regexp = CRN, message = CRN_MESSAGE) String crn,
            @NotNull @Valid AssessmentRequests.OverrideLevel request) {
        UUID id = assessments.override(crn, request.level(), request.value().strip(), request.rationale(),
                actor.metadata());
        return Response.status(Response.Status.CREATED).entity(Map.of("overrideId", id)).build();
    }

    @POST
    @Path("/overrides/{overrideId}/countersignature")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("senior-probation-officer")
    @Operation(summary = "Countersign an override: another senior officer than the one who made it (000 8.5), while the "
            + "calculation it overrode is still current (409 override-superseded otherwise)")
    public Response countersignOverride(@PathParam("crn") @Pattern(regexp = CRN, message = CRN_MESSAGE) String crn,
            @PathParam("overrideId") UUID overrideId, @NotNull @Valid AssessmentRequests.Countersign request) {
        assessments.countersignOverride(crn, overrideId, request.comments(), actor.metadata());
        return Response.status(Response.Status.CREATED).build();
    }

    @GET
    @Path("/overrides")
    @RolesAllowed({"probation-officer", "senior-probation-officer", "auditor"})
    @Operation(summary = "Each calculated level beside the value in force, and overrides awaiting countersignature")
    public RiskAssessments.OverridesView overrides(@PathParam("crn") @Pattern(regexp = CRN, message = CRN_MESSAGE) String crn) {
        return assessments.overrides(crn);
    }

    @POST
    @Path("/reviews")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"probation-officer", "senior-probation-officer"})
    @Operation(summary = "Complete the due reassessment; the next is scheduled by RoSH and tier (16 or 26 weeks)")
    public Response review(@PathParam("crn") @Pattern(regexp = CRN, message = CRN_MESSAGE) String crn,
            @NotNull @Valid AssessmentRequests.CompleteReview request) {
        assessments.completeReview(crn, request.summary(), actor.metadata());
        return Response.status(Response.Status.CREATED).build();
    }
}

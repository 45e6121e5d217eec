package org.desist.cases.plan;

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
import org.desist.cases.person.Crn;
import org.desist.cases.person.PersonStreams;
import org.desist.eventstore.access.NeedToKnow;
import org.desist.eventstore.access.Part;
import org.desist.eventstore.UuidV7;
import org.desist.eventstore.command.CommandHandler;
import org.desist.eventstore.command.Decision;
import org.desist.eventstore.http.CurrentActor;
import org.desist.eventstore.http.IfMatch;
import org.desist.eventstore.http.Tagged;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/people/{crn}/plan")
@Tag(name = "Sentence plan")
@Produces(MediaType.APPLICATION_JSON)
@RunOnVirtualThread
@RolesAllowed({"probation-officer", "senior-probation-officer"})
@NeedToKnow(Part.SENTENCE_PLAN)
public class PlanResource {

    private final CommandHandler commands;
    private final CurrentActor actor;

    PlanResource(CommandHandler commands, CurrentActor actor) {
        this.commands = commands;
        this.actor = actor;
    }

    @GET
    @RolesAllowed({"probation-officer", "senior-probation-officer", "auditor", "partner-agency", "person-on-probation"})
    @Operation(summary = "The sentence plan: objectives, referrals, reviews; asOf answers as it stood then")
    public SentencePlan plan(@PathParam("crn") @Pattern(regexp = Crn.PATTERN, message = Crn.MESSAGE) String crn,
            @QueryParam("asOf") String asOfText) {
        return commands.view(PersonStreams.of(crn), SentencePlan.AGGREGATE, org.desist.eventstore.http.AsOf.parse(asOfText));
    }

    @POST
    @Path("/objectives")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set an objective against a need")
    @APIResponse(responseCode = "201", description = "Set")
    public RestResponse<Map<String, UUID>> setObjective(
            @PathParam("crn") @Pattern(regexp = Crn.PATTERN, message = Crn.MESSAGE) String crn,
            @HeaderParam("If-Match") String ifMatch, @NotNull @Valid PlanRequests.SetObjective request) {
        UUID id = UuidV7.next();
        Decision written = commands.update(PersonStreams.of(crn), IfMatch.parse(ifMatch), SentencePlan.AGGREGATE,
                plan -> java.util.List.of(new PlanEvent.ObjectiveSet(id, request.need(), request.description().strip(),
                        request.targetDate())), actor.metadata());
        return Tagged.created(written.version(), Map.of("objectiveId", id));
    }

    @POST
    @Path("/referrals")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Refer the person to a partner agency (000_c72660e7df92b92e.txt 4.2)")
    @APIResponse(responseCode = "201", description = "Referred")
    public RestResponse<Map<String, UUID>> refer(
            @PathParam("crn") @Pattern(regexp = Crn.PATTERN, message = Crn.MESSAGE) String crn,
            @HeaderParam("If-Match") String ifMatch, @NotNull @Valid PlanRequests.MakeReferral request) {
        UUID id = UuidV7.next();
        Decision written = commands.update(PersonStreams.of(crn), IfMatch.parse(ifMatch), SentencePlan.AGGREGATE,
                plan -> plan.makeReferral(request, id), actor.metadata());
        return Tagged.created(written.version(), Map.of("referralId", id));
    }

    @POST
    @Path("/referrals/{referralId}/outcome")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"probation-officer", "senior-probation-officer", "partner-agency"})
    @Operation(summary = "Record what came of a referral",
            description = "By the officer, or by the partner agency the referral was made to, on a case shared with it "
                    + "(SENTENCE_PLAN in scope); the event names the agency as actor.")
    @APIResponse(responseCode = "201", description = "Recorded")
    @APIResponse(responseCode = "409", description = "Refused by `referral-outcome-recorded`")
    public RestResponse<Void> referralOutcome(
            @PathParam("crn") @Pattern(regexp = Crn.PATTERN, message = Crn.MESSAGE) String crn,
            @PathParam("referralId") UUID referralId, @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid PlanRequests.RecordReferralOutcome request) {
        return Tagged.created(commands.update(PersonStreams.of(crn), IfMatch.parse(ifMatch), SentencePlan.AGGREGATE,
                plan -> plan.recordReferralOutcome(referralId, request, actor.actor().agency()), actor.metadata()).version());
    }

    @POST
    @Path("/reviews")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Review progress, with the person's own view (000_c72660e7df92b92e.txt 3.4)")
    @APIResponse(responseCode = "201", description = "Reviewed")
    public RestResponse<Map<String, UUID>> review(
            @PathParam("crn") @Pattern(regexp = Crn.PATTERN, message = Crn.MESSAGE) String crn,
            @HeaderParam("If-Match") String ifMatch, @NotNull @Valid PlanRequests.ReviewPlan request) {
        UUID id = UuidV7.next();
        Decision written = commands.update(PersonStreams.of(crn), IfMatch.parse(ifMatch), SentencePlan.AGGREGATE,
                plan -> plan.review(request, id), actor.metadata());
        return Tagged.created(written.version(), Map.of("reviewId", id));
    }
}

package org.desist.cases.sentence;

import io.smallrye.common.annotation.RunOnVirtualThread;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.desist.cases.person.Crn;
import org.desist.eventstore.access.NeedToKnow;
import org.desist.eventstore.access.Part;
import org.desist.eventstore.command.Versioned;
import org.desist.eventstore.http.CurrentActor;
import org.desist.eventstore.http.IfMatch;
import org.desist.eventstore.http.Tagged;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/people/{crn}/sentences")
@Tag(name = "Sentences and orders")
@Produces(MediaType.APPLICATION_JSON)
@RunOnVirtualThread
@RolesAllowed({"probation-officer", "senior-probation-officer"})
@NeedToKnow(Part.SENTENCE)
public class SentenceResource {

    /** The answer to a recorded sentence. */
    public record Recorded(UUID sentenceId) {
    }

    /** When a requirement was completed. */
    @org.eclipse.microprofile.openapi.annotations.media.Schema(example = "{\"completedOn\": \"2026-06-01\"}")
    public record Completion(@NotNull @PastOrPresent LocalDate completedOn) {
    }

    private final SentenceRecording sentences;
    private final CurrentActor actor;

    SentenceResource(SentenceRecording sentences, CurrentActor actor) {
        this.sentences = sentences;
        this.actor = actor;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record a court's sentence: its offences (Home Office codes) and the order's requirements")
    @APIResponse(responseCode = "201", description = "Recorded, at the address in Location")
    public RestResponse<Recorded> record(@PathParam("crn") @Pattern(regexp = Crn.PATTERN, message = Crn.MESSAGE) String crn,
            @HeaderParam("If-Match") String ifMatch, @NotNull @Valid RecordSentence request, @Context UriInfo uri) {
        Versioned<UUID> id = sentences.record(crn, IfMatch.parse(ifMatch), request, actor.metadata());
        return Tagged.created(uri.getAbsolutePathBuilder().path(id.value().toString()).build(), id.version(),
                new Recorded(id.value()));
    }

    @GET
    @RolesAllowed({"probation-officer", "senior-probation-officer", "auditor", "person-on-probation"})
    @Operation(summary = "A person's sentences, with end dates and requirement progress; asOf answers as they stood then")
    public List<SentenceView> list(@PathParam("crn") @Pattern(regexp = Crn.PATTERN, message = Crn.MESSAGE) String crn,
            @QueryParam("asOf") String asOfText) {
        java.time.Instant asOf = org.desist.eventstore.http.AsOf.parse(asOfText).orElse(null);
        return sentences.sentences(crn, Optional.ofNullable(asOf));
    }

    @GET
    @Path("/{sentenceId}")
    @RolesAllowed({"probation-officer", "senior-probation-officer", "auditor"})
    @Operation(summary = "One sentence")
    public SentenceView one(@PathParam("crn") @Pattern(regexp = Crn.PATTERN, message = Crn.MESSAGE) String crn,
            @PathParam("sentenceId") UUID sentenceId, @QueryParam("asOf") String asOfText) {
        java.time.Instant asOf = org.desist.eventstore.http.AsOf.parse(asOfText).orElse(null);
        return sentences.load(crn, Optional.ofNullable(asOf)).find(sentenceId)
                .map(sentence -> SentenceView.of(sentence, Optional.ofNullable(asOf)))
                .orElseThrow(() -> new SentenceNotFound("no sentence " + sentenceId + " is on this person's record"));
    }

    @POST
    @Path("/{sentenceId}/termination")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record how an order ended (completed, revoked, breached), with the rationale")
    @APIResponse(responseCode = "204", description = "Recorded")
    @APIResponse(responseCode = "409", description = "Refused by `order-terminated`")
    public RestResponse<Void> terminate(@PathParam("crn") @Pattern(regexp = Crn.PATTERN, message = Crn.MESSAGE) String crn,
            @PathParam("sentenceId") UUID sentenceId, @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid TerminateOrder request) {
        return Tagged.noContent(sentences.terminate(crn, sentenceId, IfMatch.parse(ifMatch), request, actor.metadata()));
    }

    @POST
    @Path("/{sentenceId}/requirements")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a requirement to an order, as a court amends it")
    @APIResponse(responseCode = "201", description = "Added")
    @APIResponse(responseCode = "409", description = "Refused by `not-an-order`, `unpaid-work-already-ordered` or "
            + "`order-terminated`")
    public RestResponse<Void> addRequirement(@PathParam("crn") @Pattern(regexp = Crn.PATTERN, message = Crn.MESSAGE) String crn,
            @PathParam("sentenceId") UUID sentenceId, @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid RecordSentence.Requirement request) {
        return Tagged.created(sentences.addRequirement(crn, sentenceId, IfMatch.parse(ifMatch), request, actor.metadata()));
    }

    @POST
    @Path("/{sentenceId}/release")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Schedule release on licence from custody, with the licence conditions; victims in the "
            + "contact scheme are then due notifications")
    @APIResponse(responseCode = "201", description = "Scheduled")
    @APIResponse(responseCode = "409", description = "Refused by `not-a-custodial-sentence` or `order-terminated`")
    public RestResponse<Void> release(@PathParam("crn") @Pattern(regexp = Crn.PATTERN, message = Crn.MESSAGE) String crn,
            @PathParam("sentenceId") UUID sentenceId, @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid ScheduleRelease request) {
        return Tagged.created(sentences.scheduleRelease(crn, sentenceId, IfMatch.parse(ifMatch), request,
                actor.metadata()));
    }

    @POST
    @Path("/{sentenceId}/recall")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Recall to custody from licence, with the rationale (000_c72660e7df92b92e.txt 8.5)")
    @APIResponse(responseCode = "201", description = "Recalled")
    @APIResponse(responseCode = "409", description = "Refused by `not-on-licence`")
    public RestResponse<Void> recall(@PathParam("crn") @Pattern(regexp = Crn.PATTERN, message = Crn.MESSAGE) String crn,
            @PathParam("sentenceId") UUID sentenceId, @HeaderParam("If-Match") String ifMatch, @NotNull @Valid Recall request) {
        return Tagged.created(sentences.recall(crn, sentenceId, IfMatch.parse(ifMatch), request, actor.metadata()));
    }

    @POST
    @Path("/{sentenceId}/unpaid-work")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Log a session of unpaid work; the requirement completes when the hours ordered are done")
    @APIResponse(responseCode = "201", description = "Logged")
    @APIResponse(responseCode = "409", description = "Refused by `more-hours-than-ordered`, "
            + "`requirement-already-completed` or `order-terminated`")
    public RestResponse<Void> logUnpaidWork(@PathParam("crn") @Pattern(regexp = Crn.PATTERN, message = Crn.MESSAGE) String crn,
            @PathParam("sentenceId") UUID sentenceId, @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid LogUnpaidWork request) {
        return Tagged.created(sentences.logUnpaidWork(crn, sentenceId, IfMatch.parse(ifMatch), request, actor.metadata()));
    }

    @POST
    @Path("/{sentenceId}/requirements/{requirementId}/completion")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record that a requirement of the order is completed")
    @APIResponse(responseCode = "204", description = "Recorded")
    @APIResponse(responseCode = "409", description = "Refused by `requirement-already-completed` or `order-terminated`")
    public RestResponse<Void> complete(@PathParam("crn") @Pattern(regexp = Crn.PATTERN, message = Crn.MESSAGE) String crn,
            @PathParam("sentenceId") UUID sentenceId, @PathParam("requirementId") UUID requirementId,
            @HeaderParam("If-Match") String ifMatch, @NotNull @Valid Completion request) {
        return Tagged.noContent(sentences.completeRequirement(crn, sentenceId, requirementId, IfMatch.parse(ifMatch),
                request.completedOn(), actor.metadata()));
    }
}

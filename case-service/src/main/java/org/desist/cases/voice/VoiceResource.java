package org.desist.cases.voice;

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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.desist.cases.person.Crn;
import org.desist.cases.person.PersonStreams;
import org.desist.eventstore.UuidV7;
import org.desist.eventstore.access.NeedToKnow;
import org.desist.eventstore.access.Part;
import org.desist.eventstore.access.Reader;
import org.desist.eventstore.command.CommandHandler;
import org.desist.eventstore.command.Decision;
import org.desist.eventstore.http.CurrentActor;
import org.desist.eventstore.http.IfMatch;
import org.desist.eventstore.http.Tagged;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** The person on probation's voice (000 3.4) and the confidentiality notice (002 6.4). */
@Path("/people/{crn}")
@Tag(name = "The person's voice")
@Produces(MediaType.APPLICATION_JSON)
@RunOnVirtualThread
@NeedToKnow(Part.FEEDBACK)
public class VoiceResource {

    @Schema(example = "{\"about\": \"PLAN\", \"text\": \"I would like my appointments after 4pm because of work.\"}")
    public record GiveFeedback(@NotNull FeedbackTopic about, @NotBlank @Size(max = 4_000) String text) {
    }

    /** The notice, and whether the person has been told. */
    public record Notice(String text, boolean told, List<NoticeChannel> toldBy) {
    }

    private final CommandHandler commands;
    private final CurrentActor actor;

    VoiceResource(CommandHandler commands, CurrentActor actor) {
        this.commands = commands;
        this.actor = actor;
    }

    @GET
    @Path("/confidentiality-notice")
    @RolesAllowed({"probation-officer", "senior-probation-officer", "person-on-probation"})
    @Operation(summary = "The notice that the relationship is not wholly confidential, and whether the person was told")
    public Notice notice(@PathParam("crn") @Pattern(regexp = Crn.PATTERN, message = Crn.MESSAGE) String crn) {
        Voice voice = commands.view(PersonStreams.of(crn), Voice.AGGREGATE, Optional.empty());
        return new Notice(Voice.NOTICE, voice.informed(), voice.told());
    }

    @POST
    @Path("/confidentiality-notice")
    @RolesAllowed({"probation-officer", "senior-probation-officer", "person-on-probation"})
    @Operation(summary = "Record that the person was told (002 6.4)",
            description = "By their officer, who explained it in person, or by the person, acknowledging the notice.")
    @APIResponse(responseCode = "201", description = "Recorded")
    public RestResponse<Void> told(@PathParam("crn") @Pattern(regexp = Crn.PATTERN, message = Crn.MESSAGE) String crn,
            @HeaderParam("If-Match") String ifMatch) {
        NoticeChannel channel = Reader.PERSON_ON_PROBATION.equals(actor.actor().role()) ? NoticeChannel.ACKNOWLEDGED_ONLINE
                : NoticeChannel.IN_PERSON;
        Decision written = commands.update(PersonStreams.of(crn), IfMatch.parse(ifMatch), Voice.AGGREGATE,
                voice -> voice.explain(channel), actor.metadata());
        return Tagged.created(written.version());
    }

    @POST
    @Path("/feedback")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("person-on-probation")
    @Operation(summary = "The person's feedback on their supervision or their plan (000 3.4); their officer sees it")
    @APIResponse(responseCode = "201", description = "Given: `{\"feedbackId\"}`")
    public RestResponse<Map<String, UUID>> feedback(
            @PathParam("crn") @Pattern(regexp = Crn.PATTERN, message = Crn.MESSAGE) String crn,
            @HeaderParam("If-Match") String ifMatch, @NotNull @Valid GiveFeedback request) {
        UUID id = UuidV7.next();
        Decision written = commands.update(PersonStreams.of(crn), IfMatch.parse(ifMatch), Voice.AGGREGATE,
                voice -> voice.giveFeedback(id, request.about(), request.text()), actor.metadata());
        return Tagged.created(written.version(), Map.of("feedbackId", id));
    }

    @GET
    @Path("/feedback")
    @RolesAllowed({"probation-officer", "senior-probation-officer", "person-on-probation"})
    @Operation(summary = "The person's feedback, oldest first")
    public List<VoiceEvent.FeedbackGiven> feedbackGiven(
            @PathParam("crn") @Pattern(regexp = Crn.PATTERN, message = Crn.MESSAGE) String crn) {
        return commands.view(PersonStreams.of(crn), Voice.AGGREGATE, Optional.empty()).feedback();
    }
}

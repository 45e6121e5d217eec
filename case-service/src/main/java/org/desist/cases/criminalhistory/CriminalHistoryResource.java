package org.desist.cases.criminalhistory;

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
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.desist.cases.criminalhistory.CriminalHistoryEvent.ConvictionRecorded;
import org.desist.cases.criminalhistory.CriminalHistoryEvent.PreviousOffence;
import org.desist.cases.person.Crn;
import org.desist.cases.person.Person;
import org.desist.cases.person.PersonStreams;
import org.desist.eventstore.access.NeedToKnow;
import org.desist.eventstore.access.Part;
import org.desist.eventstore.UuidV7;
import org.desist.eventstore.command.CommandHandler;
import org.desist.eventstore.command.Decision;
import org.desist.eventstore.command.History;
import org.desist.eventstore.http.CurrentActor;
import org.desist.eventstore.http.IfMatch;
import org.desist.eventstore.http.Tagged;
import org.desist.reference.OffenceCodes;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/people/{crn}")
@Tag(name = "Criminal history")
@Produces(MediaType.APPLICATION_JSON)
@RunOnVirtualThread
public class CriminalHistoryResource {

    /** A person's criminal history as {@code GET /people/{crn}/criminal-history} shows it. */
    public record CriminalHistoryView(int totalSanctions, Optional<Integer> previousSanctions,
            Optional<LocalDate> firstSanctionDate, List<PreviousOffence> previousOffences,
            List<ConvictionRecorded> convictionsSince) {
    }

    /** The answer to a recorded conviction. */
    public record Recorded(UUID convictionId) {
    }

    private final CommandHandler commands;
    private final CurrentActor actor;

    CriminalHistoryResource(CommandHandler commands, CurrentActor actor) {
        this.commands = commands;
        this.actor = actor;
    }

    @POST
    @Path("/criminal-history")
    @NeedToKnow(Part.CRIMINAL_HISTORY)
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"probation-officer", "senior-probation-officer"})
    @Operation(summary = "Record the police record of previous sanctions, replacing an earlier check")
    @APIResponse(responseCode = "201", description = "Recorded")
    public RestResponse<Void> record(@PathParam("crn") @Pattern(regexp = Crn.PATTERN, message = Crn.MESSAGE) String crn,
            @HeaderParam("If-Match") String ifMatch, @NotNull @Valid RecordCriminalHistory request) {
        return Tagged.created(commands.update(PersonStreams.of(crn), IfMatch.parse(ifMatch), (History history) ->
                CriminalHistory.record(request, OffenceCodes.table(), history.state(Person.AGGREGATE)), actor.metadata())
                .version());
    }

    @POST
    @Path("/convictions")
    @NeedToKnow(Part.CRIMINAL_HISTORY)
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"probation-officer", "senior-probation-officer", "court-liaison"})
    @Operation(summary = "Record a new conviction (the reoffending outcome measure)")
    @APIResponse(responseCode = "201", description = "Recorded")
    public RestResponse<Recorded> convict(@PathParam("crn") @Pattern(regexp = Crn.PATTERN, message = Crn.MESSAGE) String crn,
            @HeaderParam("If-Match") String ifMatch, @NotNull @Valid RecordConviction request) {
        UUID id = UuidV7.next();
        Decision written = commands.update(PersonStreams.of(crn), IfMatch.parse(ifMatch), (History history) ->
                CriminalHistory.convict(request, id, OffenceCodes.table(), history.state(Person.AGGREGATE)),
                actor.metadata());
        return Tagged.created(written.version(), new Recorded(id));
    }

    @GET
    @Path("/criminal-history")
    @NeedToKnow(Part.CRIMINAL_HISTORY)
    @RolesAllowed({"probation-officer", "senior-probation-officer", "auditor"})
    @Operation(summary = "Previous sanctions and convictions since; asOf answers as the record stood then")
    public CriminalHistoryView view(@PathParam("crn") @Pattern(regexp = Crn.PATTERN, message = Crn.MESSAGE) String crn,
            @QueryParam("asOf") String asOfText) {
        CriminalHistory history = commands.view(PersonStreams.of(crn), CriminalHistory.AGGREGATE,
                org.desist.eventstore.http.AsOf.parse(asOfText));
        return new CriminalHistoryView(history.totalSanctions(),
                history.policeRecord().map(CriminalHistoryEvent.CriminalHistoryRecorded::previousSanctions),
                history.firstSanctionDate(),
                history.policeRecord().map(CriminalHistoryEvent.CriminalHistoryRecorded::previousOffences).orElse(List.of()),
                history.convictions());
    }
}

package org.desist.cases.contact;

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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.desist.cases.person.Crn;
import org.desist.eventstore.access.NeedToKnow;
import org.desist.eventstore.access.Part;
import org.desist.eventstore.http.CurrentActor;
import org.desist.eventstore.http.IfMatch;
import org.desist.eventstore.http.Tagged;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/people/{crn}/appointments")
@Tag(name = "Appointments")
@Produces(MediaType.APPLICATION_JSON)
@RunOnVirtualThread
@RolesAllowed({"probation-officer", "senior-probation-officer"})
@NeedToKnow(Part.APPOINTMENTS)
public class AppointmentResource {

    /** The answer to a booked appointment. */
    public record Scheduled(UUID appointmentId) {
    }

    /** The answer to a recorded outcome: the contact it became. */
    public record Outcome(UUID appointmentId, UUID contactId) {
    }

    private final ContactRecording contacts;
    private final CurrentActor actor;

    AppointmentResource(ContactRecording contacts, CurrentActor actor) {
        this.contacts = contacts;
        this.actor = actor;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Book an appointment: office, home visit, video or phone")
    @APIResponse(responseCode = "201", description = "Booked")
    public RestResponse<Scheduled> schedule(@PathParam("crn") @Pattern(regexp = Crn.PATTERN, message = Crn.MESSAGE) String crn,
            @HeaderParam("If-Match") String ifMatch, @NotNull @Valid ScheduleAppointment request, @Context UriInfo uri) {
        ContactRecording.Recorded scheduled = contacts.schedule(crn, IfMatch.parse(ifMatch), request, actor.metadata());
        return Tagged.created(uri.getAbsolutePathBuilder().path(scheduled.id().toString()).build(), scheduled.version(),
                new Scheduled(scheduled.id()));
    }

    @GET
    // Partners read them on an agreement sharing APPOINTMENTS, the person their own (need-to-know decides which).
    @RolesAllowed({"probation-officer", "senior-probation-officer", "auditor", "partner-agency", "person-on-probation"})
    @Operation(summary = "A person's appointments with their outcomes; asOf answers as they stood then")
    public List<AppointmentView> list(@PathParam("crn") @Pattern(regexp = Crn.PATTERN, message = Crn.MESSAGE) String crn,
            @QueryParam("asOf") String asOfText) {
        java.time.Instant asOf = org.desist.eventstore.http.AsOf.parse(asOfText).orElse(null);
        return contacts.appointments(crn, Optional.ofNullable(asOf));
    }

    @POST
    @Path("/{appointmentId}/reschedule")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Move an appointment not yet answered for to another time, saying why")
    @APIResponse(responseCode = "200", description = "Done", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = Scheduled.class)))
    @APIResponse(responseCode = "409", description = "Refused by `outcome-already-recorded` or `appointment-cancelled`")
    public RestResponse<Scheduled> reschedule(
            @PathParam("crn") @Pattern(regexp = Crn.PATTERN, message = Crn.MESSAGE) String crn,
            @PathParam("appointmentId") UUID appointmentId, @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid RescheduleAppointment request) {
        ContactRecording.Recorded moved = contacts.reschedule(crn, appointmentId, IfMatch.parse(ifMatch), request,
                actor.metadata());
        return Tagged.ok(moved.version(), new Scheduled(appointmentId));
    }

    @POST
    @Path("/{appointmentId}/cancellation")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Call off an appointment, saying why; it can then have no outcome")
    @APIResponse(responseCode = "200", description = "Done", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = Scheduled.class)))
    @APIResponse(responseCode = "409", description = "Refused by `outcome-already-recorded` or `appointment-cancelled`")
    public RestResponse<Scheduled> cancel(@PathParam("crn") @Pattern(regexp = Crn.PATTERN, message = Crn.MESSAGE) String crn,
            @PathParam("appointmentId") UUID appointmentId, @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid CancelAppointment request) {
        ContactRecording.Recorded cancelled = contacts.cancel(crn, appointmentId, IfMatch.parse(ifMatch), request,
                actor.metadata());
        return Tagged.ok(cancelled.version(), new Scheduled(appointmentId));
    }

    @POST
    @Path("/{appointmentId}/outcome")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record what came of an appointment once its time has come (409 appointment-not-yet-held "
            + "before); a failure to comply draws a warning or makes breach due")
    @APIResponse(responseCode = "201", description = "Recorded as a contact")
    @APIResponse(responseCode = "409", description = "Refused by `appointment-not-yet-held`, `outcome-already-recorded` "
            + "or `appointment-cancelled`")
    public RestResponse<Outcome> outcome(@PathParam("crn") @Pattern(regexp = Crn.PATTERN, message = Crn.MESSAGE) String crn,
            @PathParam("appointmentId") UUID appointmentId, @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid RecordOutcome request) {
        ContactRecording.Recorded recorded = contacts.recordOutcome(crn, appointmentId, IfMatch.parse(ifMatch), request,
                actor.metadata());
        return Tagged.created(recorded.version(), new Outcome(appointmentId, recorded.id()));
    }
}

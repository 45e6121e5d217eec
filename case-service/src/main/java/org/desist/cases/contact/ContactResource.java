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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.desist.cases.person.Crn;
import org.desist.eventstore.access.NeedToKnow;
import org.desist.eventstore.access.Part;
import org.desist.eventstore.http.CurrentActor;
import org.desist.eventstore.http.IfMatch;
import org.desist.eventstore.projection.ReadsProjection;
import org.desist.eventstore.http.Tagged;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/people/{crn}/contacts")
@Tag(name = "Contacts")
@Produces(MediaType.APPLICATION_JSON)
@RunOnVirtualThread
@RolesAllowed({"probation-officer", "senior-probation-officer"})
@NeedToKnow(Part.CONTACTS)
public class ContactResource {

    /** The answer to a recorded contact or correction. */
    public record ContactId(UUID id) {
    }

    private final ContactRecording contacts;
    private final CurrentActor actor;

    ContactResource(ContactRecording contacts, CurrentActor actor) {
        this.contacts = contacts;
        this.actor = actor;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"probation-officer", "senior-probation-officer", "partner-agency"})
    @Operation(summary = "Record a contact", description = "A lone contact needs its reason (002_d7d6c09e19b6ddeb.txt 7.8). "
            + "If-Match, when sent, must be the person's record version. A partner agency records its own contacts on "
            + "a case shared with it, whatever the agreement's scope (000_c72660e7df92b92e.txt 4.2): the event names the "
            + "agency as actor, and the agency reads no contacts by it; a case not shared with it is 404.")
    @APIResponse(responseCode = "201", description = "Recorded")
    public RestResponse<ContactId> record(@PathParam("crn") @Pattern(regexp = Crn.PATTERN, message = Crn.MESSAGE) String crn,
            @HeaderParam("If-Match") String ifMatch, @NotNull @Valid RecordContact request, @Context UriInfo uri) {
        ContactRecording.Recorded recorded = contacts.record(crn, IfMatch.parse(ifMatch), request, actor.metadata());
        return Tagged.created(uri.getAbsolutePathBuilder().path(recorded.id().toString()).build(), recorded.version(),
                new ContactId(recorded.id()));
    }

    @GET
    @Operation(summary = "A person's contacts, latest first, as last recorded or corrected; asOf answers as they stood then")
    @ReadsProjection({"people", "contacts"})
    public List<ContactView> list(@PathParam("crn") @Pattern(regexp = Crn.PATTERN, message = Crn.MESSAGE) String crn,
            @jakarta.ws.rs.QueryParam("asOf") String asOfText) {
        java.time.Instant asOf = org.desist.eventstore.http.AsOf.parse(asOfText).orElse(null);
        return asOf == null ? contacts.contacts(crn) : contacts.contacts(crn, asOf);
    }

    @POST
    @Path("/{id}/corrections")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Correct a contact with a reason; the original stays in the history (000_c72660e7df92b92e.txt 8.6)")
    @APIResponse(responseCode = "201", description = "Corrected")
    public RestResponse<ContactId> correct(@PathParam("crn") @Pattern(regexp = Crn.PATTERN, message = Crn.MESSAGE) String crn,
            @PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, @NotNull @Valid CorrectContact request) {
        ContactRecording.Recorded corrected = contacts.correct(crn, id, IfMatch.parse(ifMatch), request, actor.metadata());
        return Tagged.created(corrected.version(), new ContactId(corrected.id()));
    }
}

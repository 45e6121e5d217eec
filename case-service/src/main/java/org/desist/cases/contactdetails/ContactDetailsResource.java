package org.desist.cases.contactdetails;

import io.smallrye.common.annotation.RunOnVirtualThread;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Optional;
import org.desist.cases.person.Crn;
import org.desist.cases.person.PersonRegistration;
import org.desist.eventstore.EventStore;
import org.desist.eventstore.StoredEvent;
import org.desist.eventstore.StreamId;
import org.desist.eventstore.access.NeedToKnow;
import org.desist.eventstore.access.Part;
import org.desist.eventstore.command.CommandHandler;
import org.desist.eventstore.command.Decision;
import org.desist.eventstore.command.Loaded;
import org.desist.eventstore.http.CurrentActor;
import org.desist.eventstore.http.IfMatch;
import org.desist.eventstore.http.Tagged;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * The person's address, phone and email: staff on the case keep them; a partner agency reads them only when a sharing
 * agreement names CONTACT_DETAILS; the person reads their own. Never published on a topic.
 */
@Path("/people/{crn}/contact-details")
@Tag(name = "Contact details")
@Produces(MediaType.APPLICATION_JSON)
@RunOnVirtualThread
@NeedToKnow(Part.CONTACT_DETAILS)
public class ContactDetailsResource {

    private final CommandHandler commands;
    private final PersonRegistration people;
    private final EventStore store;
    private final CurrentActor actor;

    ContactDetailsResource(CommandHandler commands, PersonRegistration people, EventStore store, CurrentActor actor) {
        this.commands = commands;
        this.people = people;
        this.store = store;
        this.actor = actor;
    }

    /** A stream of its own, of a type the relay never publishes (desist.eventstore.relay.private-stream-types). */
    public static StreamId stream(String crn) {
        return StreamId.of("contact-details", crn + "/contact-details");
    }

    @GET
    @RolesAllowed({"probation-officer", "senior-probation-officer", "partner-agency", "person-on-probation"})
    @Operation(summary = "How to reach the person; empty until recorded",
            description = "The ETag is the version to send as If-Match with a change (0 before the first).")
    public RestResponse<ContactDetails.View> read(
            @PathParam("crn") @Pattern(regexp = Crn.PATTERN, message = Crn.MESSAGE) String crn) {
        people.view(crn);
        Loaded<ContactDetails> loaded = commands.load(stream(crn).id(), ContactDetails.AGGREGATE);
        ContactDetails details = loaded.state();
        Optional<java.time.Instant> changedAt = loaded.exists()
                ? store.readStream(stream(crn).id()).stream().map(StoredEvent::recordedAt).reduce((a, b) -> b)
                : Optional.empty();
        return Tagged.ok(loaded.version(), new ContactDetails.View(details.address(), details.phone(), details.email(),
                changedAt));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"probation-officer", "senior-probation-officer"})
    @Transactional
    @Operation(summary = "Record the person's contact details as they now are, with why they changed",
            description = "Whole: a field left out is no longer held. The same details again record nothing. "
                    + "If-Match, when sent, must be the ETag last read (0 before the first); a stale one is 409.")
    @APIResponse(responseCode = "204", description = "Recorded; the ETag is the new version")
    public RestResponse<Void> change(@PathParam("crn") @Pattern(regexp = Crn.PATTERN, message = Crn.MESSAGE) String crn,
            @HeaderParam("If-Match") String ifMatch, @NotNull @Valid ChangeContactDetails request) {
        people.view(crn);
        Decision written = commands.startOrUpdate(stream(crn), IfMatch.parse(ifMatch), ContactDetails.AGGREGATE,
                details -> details.change(request), actor.metadata());
        return Tagged.noContent(written.version());
    }
}

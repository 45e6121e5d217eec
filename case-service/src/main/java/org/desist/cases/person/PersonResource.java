package org.desist.cases.person;

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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.desist.eventstore.access.NeedToKnow;
import org.desist.eventstore.access.Part;
import org.desist.eventstore.command.Versioned;
import org.desist.eventstore.http.CurrentActor;
import org.desist.eventstore.projection.ReadsProjection;
import org.desist.eventstore.http.Tagged;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/people")
@Tag(name = "People on probation")
@Produces(MediaType.APPLICATION_JSON)
@RunOnVirtualThread
public class PersonResource {

    /** The answer to a registration. */
    public record Registered(String crn) {
    }

    private final PersonRegistration people;
    private final CurrentActor actor;

    PersonResource(PersonRegistration people, CurrentActor actor) {
        this.people = people;
        this.actor = actor;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"probation-officer", "senior-probation-officer"})
    @Operation(summary = "Register a person on probation", description = "Answers 201 with the new CRN; the ETag is "
            + "the new record's version.")
    @APIResponse(responseCode = "201", description = "Registered, at the address in Location", headers = @Header(
            name = "ETag", description = "The new record's version: send it as If-Match with the next write"))
    @APIResponse(responseCode = "409", description = "Refused by `pnc-already-registered`, naming the existing CRN")
    public RestResponse<Registered> register(@NotNull @Valid RegisterPerson request, @Context UriInfo uri) {
        Versioned<String> crn = people.register(request, actor.metadata());
        return Tagged.created(uri.getAbsolutePathBuilder().path(crn.value()).build(), crn.version(),
                new Registered(crn.value()));
    }

    @GET
    @Path("/{crn}")
    @NeedToKnow(Part.RECORD)
    @RolesAllowed({"probation-officer", "senior-probation-officer"})
    @Operation(summary = "A person's record; asOf answers as it stood then",
            description = "The ETag is the version of the person's record.")
    @APIResponse(responseCode = "200", description = "The record", headers = @Header(name = "ETag",
            description = "The record's version: send it as If-Match with the next write"), content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PersonView.class)))
    @ReadsProjection("people")
    public RestResponse<PersonView> view(@PathParam("crn") @Pattern(regexp = Crn.PATTERN, message = Crn.MESSAGE) String crn,
            @jakarta.ws.rs.QueryParam("asOf") String asOfText) {
        java.time.Instant asOf = org.desist.eventstore.http.AsOf.parse(asOfText).orElse(null);
        PersonView person = asOf == null ? people.view(crn) : people.view(crn, asOf);
        return Tagged.ok(person.version(), person);
    }
}

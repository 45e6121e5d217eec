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
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import org.desist.eventstore.http.CurrentActor;
import org.desist.eventstore.projection.ReadsProjection;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

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
    @Operation(summary = "Register a person on probation", description = "Answers 201 with the new CRN.")
    public Response register(@NotNull @Valid RegisterPerson request, @Context UriInfo uri) {
        String crn = people.register(request, actor.metadata());
        return Response.created(uri.getAbsolutePathBuilder().path(crn).build()).entity(new Registered(crn)).build();
    }

    @GET
    @Path("/{crn}")
    @RolesAllowed({"probation-officer", "senior-probation-officer"})
    @Operation(summary = "A person's record; asOf answers as it stood then",
            description = "The ETag is the version of the person's record.")
    @ReadsProjection("people")
    public Response view(@PathParam("crn") @Pattern(regexp = Crn.PATTERN, message = Crn.MESSAGE) String crn,
            @jakarta.ws.rs.QueryParam("asOf") String asOfText) {
        java.time.Instant asOf = org.desist.eventstore.http.AsOf.parse(asOfText).orElse(null);
        PersonView person = asOf == null ? people.view(crn) : people.view(crn, asOf);
        return Response.ok(person).tag(new EntityTag(Long.toString(person.version()))).build();
    }
}

package org.desist.eventstore.relay;

import io.smallrye.common.annotation.RunOnVirtualThread;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.desist.eventstore.EventStoreConfig;
import org.desist.eventstore.http.CurrentActor;
import org.desist.eventstore.http.InvalidField;
import org.desist.eventstore.http.WholeNumber;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Operators ask a service to publish its log again, so that any consumer can be rebuilt from the beginning. */
@Path("/admin/relay")
@Tag(name = "Operations")
@RolesAllowed("operator")
@RunOnVirtualThread
@Produces(MediaType.APPLICATION_JSON)
public class RelayResource {

    private final Republishing republishing;
    private final EventStoreConfig config;
    private final CurrentActor actor;

    RelayResource(Republishing republishing, EventStoreConfig config, CurrentActor actor) {
        this.republishing = republishing;
        this.config = config;
        this.actor = actor;
    }

    @POST
    @Path("/republish")
    @Operation(summary = "Publish the log again from a position (1: all of it), in commit order",
            description = "Accepted at once; the relay rewinds at its next batch. Consumers are idempotent, so what they "
                    + "have seen before changes nothing; private streams stay unpublished.")
    public Response republish(@QueryParam("fromPosition") String fromPositionParameter) {
        Long fromPosition = WholeNumber.parse("fromPosition", fromPositionParameter).orElse(null);
        if (fromPosition == null || fromPosition < 1) {
            throw new InvalidField("fromPosition", "a log position of at least 1",
                    "fromPosition names the first event to publish again: 1 for the whole log", null);
        }
        return Response.accepted(republishing.request(config.relay().topic(), fromPosition, actor.actor().subject())).build();
    }
}

package org.desist.eventstore.consume;

import io.smallrye.common.annotation.RunOnVirtualThread;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Optional;
import org.desist.eventstore.http.WholeNumber;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Operators see what the service's consumers set aside, and re-drive it once the cause is fixed. */
@Path("/admin/dead-letters")
@Tag(name = "Operations")
@RolesAllowed("operator")
@RunOnVirtualThread
@Produces(MediaType.APPLICATION_JSON)
public class DeadLetterResource {

    private final DeadLetters deadLetters;
    private final Inbox inbox;

    DeadLetterResource(DeadLetters deadLetters, Inbox inbox) {
        this.deadLetters = deadLetters;
        this.inbox = inbox;
    }

    @GET
    @Operation(summary = "The records consumers set aside, newest first, with the reason for each",
            description = "waiting=true leaves out those already re-driven.")
    public List<DeadLetter> list(@QueryParam("consumer") String consumer, @QueryParam("waiting") boolean waiting,
            @QueryParam("limit") String limit) {
        long most = WholeNumber.parse("limit", limit).orElse(500L);
        return deadLetters.list(Optional.ofNullable(consumer), waiting, (int) Math.clamp(most, 1, 10_000));
    }

    @POST
    @Path("/redrive")
    @Operation(summary = "Hand the waiting dead letters to their consumers again",
            description = "Of one consumer (consumer=) or one letter (id=), or all. Idempotent: an event already handled"
                    + " is not handled twice, and a letter re-driven is not tried again.")
    public Inbox.Redrive redrive(@QueryParam("consumer") String consumer, @QueryParam("id") String id) {
        return inbox.redrive(Optional.ofNullable(consumer), WholeNumber.parse("id", id));
    }
}

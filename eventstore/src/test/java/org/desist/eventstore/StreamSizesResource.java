package org.desist.eventstore;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.desist.eventstore.projection.ReadsProjection;

/** Test-only: a read of the {@link StreamSizes} read model over REST, guarded as services guard theirs. */
@Path("/test-only/stream-sizes")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
public class StreamSizesResource {

    private final StreamSizes sizes;

    StreamSizesResource(StreamSizes sizes) {
        this.sizes = sizes;
    }

    @GET
    @Path("/{streamId}")
    @ReadsProjection("test-stream-sizes")
    public Map<String, Long> of(@PathParam("streamId") String streamId) {
        return Map.of("events", sizes.of(streamId));
    }
}

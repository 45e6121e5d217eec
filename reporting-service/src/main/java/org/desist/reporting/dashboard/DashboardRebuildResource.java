package org.desist.reporting.dashboard;

import io.smallrye.common.annotation.RunOnVirtualThread;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.net.URI;
import org.desist.reporting.dashboard.DashboardReplay.Rebuild;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Operators rebuild the dashboard's read models from the topics, and follow the replay. */
@Path("/admin/dashboard/rebuild")
@Tag(name = "Operations")
@RolesAllowed("operator")
@RunOnVirtualThread
@Produces(MediaType.APPLICATION_JSON)
public class DashboardRebuildResource {

    static final String EXAMPLE = """
            {"id": 3, "state": "RUNNING", "requestedBy": "operator", "requestedAt": "2026-11-30T05:40:00Z",
             "replayed": 48210, "lag": 1790, "partitions": [{"topic": "desist.case.events", "partition": 0,
             "startOffset": 0, "endOffset": 17400, "nextOffset": 16950}]}""";

    private final DashboardReplay replay;

    DashboardRebuildResource(DashboardReplay replay) {
        this.replay = replay;
    }

    @POST
    @Operation(summary = "Empty the dashboard's read models and replay its topics from the beginning",
            description = "Answers at once with the rebuild (202); GET follows it to DONE. While it runs, the panels' "
                    + "responses carry the Desist-Rebuilding header. A request while one runs answers that one.")
    @APIResponse(responseCode = "202", description = "The rebuild, running", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "running", value = EXAMPLE)))
    public Response rebuild(@Context SecurityContext security) {
        Rebuild rebuild = replay.start(security.getUserPrincipal().getName());
        return Response.accepted(rebuild).location(URI.create("/admin/dashboard/rebuild")).build();
    }

    @GET
    @Operation(summary = "The latest rebuild: RUNNING or DONE, events replayed and still to replay (lag)")
    @APIResponse(responseCode = "200", description = "The latest rebuild", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @org.eclipse.microprofile.openapi.annotations.media.Schema(
                    implementation = Rebuild.class), examples = @ExampleObject(name = "running", value = EXAMPLE)))
    @APIResponse(responseCode = "204", description = "Never rebuilt: the read models are as the events built them")
    public Response latest() {
        // asking before any rebuild is a fair question with an empty answer, not a missing resource
        return replay.latest().map(rebuild -> Response.ok(rebuild).build())
                .orElseGet(() -> Response.noContent().build());
    }
}

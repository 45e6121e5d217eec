package org.desist.eventstore.http;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Test-only endpoints that let the kernel's edge rules be exercised without a service. */
@Path("/test-only/edge")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
public class EdgeProbeResource {

    /** A body with one field of each kind the JSON rules concern. */
    public record Sample(String name, int count, LocalDate day, Instant at, Optional<OffsetDateTime> offsetAt,
            Optional<LocalDateTime> localAt, Optional<List<String>> tags) {
    }

    @POST
    @Path("/echo")
    @Consumes(MediaType.APPLICATION_JSON)
    public Sample echo(Sample sample) {
        return sample;
    }

    /** Jackson cannot build a Runnable from JSON: reading this fails with an InvalidDefinitionException. */
    public record Undefinable(Runnable task) {
    }

    @POST
    @Path("/undefinable")
    @Consumes(MediaType.APPLICATION_JSON)
    public String undefinable(Undefinable body) {
        return "read";
    }

    @GET
    @Path("/segments/{segment}")
    public Map<String, String> segment(@PathParam("segment") String segment, @QueryParam("q") String q) {
        return Map.of("segment", segment, "q", q == null ? "" : q);
    }

    @GET
    @Path("/slow")
    public Map<String, String> slow(@QueryParam("millis") long millis) throws InterruptedException {
        Thread.sleep(millis);
        return Map.of("slept", Long.toString(millis));
    }

    /** Refuses as a service does when the record is someone else's, whatever the caller's role. */
    @GET
    @Path("/someone-elses")
    public String someoneElses(@QueryParam("quarkus") boolean quarkus) {
        if (quarkus) {
            throw new io.quarkus.security.ForbiddenException("only the report's author writes it");
        }
        throw new jakarta.ws.rs.ForbiddenException("declarations are for the member of staff and their line manager");
    }
}

package org.desist.cases.history;

import io.smallrye.common.annotation.RunOnVirtualThread;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.desist.cases.person.Crn;
import org.desist.cases.person.PersonStreams;
import org.desist.eventstore.access.NeedToKnow;
import org.desist.eventstore.access.Part;
import org.desist.eventstore.EventStore;
import org.desist.eventstore.StoredEvent;
import org.desist.eventstore.StreamNotFound;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/people/{crn}/history")
@Tag(name = "History")
@Produces(MediaType.APPLICATION_JSON)
@RunOnVirtualThread
@NeedToKnow(Part.HISTORY)
public class HistoryResource {

    /** A page of a person's history, oldest first. */
    public record HistoryPage(String crn, int page, int size, long total, List<HistoryEntry> events) {
    }

    private final EventStore store;

    HistoryResource(EventStore store) {
        this.store = store;
    }

    @GET
    @RolesAllowed({"probation-officer", "senior-probation-officer", "auditor"})
    @Operation(summary = "Every event on a person's record, with its actor and rationale, a page at a time")
    public HistoryPage history(
            @PathParam("crn") @Pattern(regexp = Crn.PATTERN, message = Crn.MESSAGE) String crn,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        List<StoredEvent> events = store.readStream(crn);
        if (events.isEmpty()) {
            throw new StreamNotFound(PersonStreams.of(crn));
        }
        List<HistoryEntry> entries = events.stream().skip((long) page * size).limit(size).map(HistoryEntry::of).toList();
        return new HistoryPage(crn, page, size, events.size(), entries);
    }
}

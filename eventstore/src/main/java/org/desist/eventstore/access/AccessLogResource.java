package org.desist.eventstore.access;

import io.smallrye.common.annotation.RunOnVirtualThread;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import org.desist.eventstore.http.InvalidField;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Who read whose record: the access log, to auditors; break-glass reads by their team's staff, to seniors. */
@Path("/access-log")
@Tag(name = "Access log")
@RunOnVirtualThread
@Produces(MediaType.APPLICATION_JSON)
public class AccessLogResource {

    static final int MOST = 1_000;

    private final AccessLog log;
    private final NeedToKnowGuard guard;

    AccessLogResource(AccessLog log, NeedToKnowGuard guard) {
        this.log = log;
        this.guard = guard;
    }

    @GET
    @RolesAllowed("auditor")
    @Operation(summary = "Accesses to people's records, newest first (at most 1,000)",
            description = "Every read of a person's record in this service, granted or refused, with who, role, team or "
                    + "agency, what was read, when, the basis and any declared purpose. Filters combine.")
    public List<AccessLog.Entry> find(@QueryParam("crn") String crn, @QueryParam("user") String user,
            @QueryParam("from") String from, @QueryParam("to") String to) {
        return log.find(text(crn), text(user), Optional.empty(), Optional.empty(), instant("from", from),
                instant("to", to), MOST);
    }

    @GET
    @Path("/break-glass")
    @RolesAllowed("senior-probation-officer")
    @Operation(summary = "Break-glass reads by your team's staff, for review (newest first)",
            description = "Reads of cases outside the reader's caseload and team, each with the purpose declared.")
    public List<AccessLog.Entry> breakGlass(@QueryParam("from") String from, @QueryParam("to") String to) {
        Optional<String> team = guard.reader().team();
        if (team.isEmpty()) {
            return List.of();
        }
        return log.find(Optional.empty(), Optional.empty(), team, Optional.of("break-glass"), instant("from", from),
                instant("to", to), MOST);
    }

    @GET
    @Path("/verify")
    @RolesAllowed("auditor")
    @Operation(summary = "Walk the access log's hash chain", description = "Answers the entries walked and the id of "
            + "the first whose hash does not follow from the one before (an entry altered or removed), if any.")
    public AccessLog.Verification verify() {
        return log.verify();
    }

    private static Optional<String> text(String value) {
        return Optional.ofNullable(value).filter(v -> !v.isBlank());
    }

    private static Optional<Instant> instant(String field, String value) {
        try {
            return text(value).map(Instant::parse);
        } catch (DateTimeParseException e) {
            throw new InvalidField(field, "an instant such as 2026-11-30T09:00:00Z", field + " is not an instant: "
                    + value, null);
        }
    }
}

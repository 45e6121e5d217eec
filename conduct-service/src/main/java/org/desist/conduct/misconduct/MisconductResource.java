package org.desist.conduct.misconduct;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.common.annotation.RunOnVirtualThread;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.desist.conduct.staff.StaffRegister;
import org.desist.eventstore.UuidV7;
import org.desist.eventstore.command.CommandHandler;
import org.desist.eventstore.http.IfMatch;
import org.desist.eventstore.http.Tagged;
import org.desist.eventstore.command.Loaded;
import org.desist.eventstore.http.CurrentActor;
import org.desist.eventstore.http.NotFound;
import org.desist.eventstore.projection.ReadsProjection;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * Misconduct cases, for the conduct officer alone, as confidential as disclosures: to anyone else a case does not
 * exist, so every address naming one answers them 404, the same as for a case that never was — nobody can probe
 * for whether a colleague is under investigation (002_d7d6c09e19b6ddeb.txt 8.6; 001: confidentiality).
 */
@Path("/misconduct")
@Tag(name = "Misconduct cases")
@Produces(MediaType.APPLICATION_JSON)
@RunOnVirtualThread
public class MisconductResource {

    private static final String OFFICER = "conduct-officer";

    @Schema(example = "{\"staffId\": \"court\", \"allegation\": \"shared a service user's address with a relative\"}")
    public record Allege(@NotBlank @Size(max = 100) String staffId, @NotBlank @Size(max = 10_000) String allegation) {
    }

    @Schema(example = "{\"investigator\": \"senior\"}")
    public record Investigate(@NotBlank @Size(max = 100) String investigator) {
    }

    @Schema(example = "{\"outcome\": \"WRITTEN_WARNING\", \"rationale\": \"breach of confidentiality (002 6.1) admitted\"}")
    public record Conclude(@NotNull MisconductEvent.Outcome outcome, @NotBlank @Size(max = 10_000) String rationale) {
    }

    private final CommandHandler commands;
    private final StaffRegister register;
    private final CurrentActor actor;
    private final SecurityIdentity identity;

    MisconductResource(CommandHandler commands, StaffRegister register, CurrentActor actor, SecurityIdentity identity) {
        this.commands = commands;
        this.register = register;
        this.actor = actor;
        this.identity = identity;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(OFFICER)
    @Operation(summary = "Record an allegation of misconduct (conduct officer)")
    @ReadsProjection("staff")
    public RestResponse<Map<String, UUID>> allege(@NotNull @Valid Allege request) {
        register.member(request.staffId());
        UUID id = UuidV7.next();
        long version = commands.create(MisconductCase.stream(id), MisconductCase.AGGREGATE,
                c -> MisconductCase.allege(id, request.staffId(), request.allegation()), actor.metadata()).version();
        return Tagged.created(version, Map.of("caseId", id));
    }

    @POST
    @Path("/{caseId}/investigation")
    @Consumes(MediaType.APPLICATION_JSON)
    @Authenticated
    @Operation(summary = "Open the investigation (conduct officer; 404 to anyone else)")
    @ReadsProjection("staff")
    public RestResponse<Void> investigate(@PathParam("caseId") UUID caseId, @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid Investigate request) {
        mustKnowOf(caseId);
        register.member(request.investigator());
        return Tagged.created(commands.update(MisconductCase.stream(caseId), IfMatch.parse(ifMatch),
                MisconductCase.AGGREGATE, c -> c.investigate(caseId, request.investigator()), actor.metadata()).version());
    }

    @POST
    @Path("/{caseId}/outcome")
    @Consumes(MediaType.APPLICATION_JSON)
    @Authenticated
    @Operation(summary = "Conclude the case with its outcome and rationale (conduct officer; 404 to anyone else)")
    public RestResponse<Void> conclude(@PathParam("caseId") UUID caseId, @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid Conclude request) {
        mustKnowOf(caseId);
        return Tagged.created(commands.update(MisconductCase.stream(caseId), IfMatch.parse(ifMatch),
                MisconductCase.AGGREGATE, c -> c.conclude(caseId, request.outcome(), request.rationale().strip()),
                actor.metadata()).version());
    }

    /** A case as the conduct officer's register lists it. */
    public record CaseSummary(UUID caseId, String staffId, String stage, Instant allegedAt, Optional<String> investigator,
            Optional<MisconductEvent.Outcome> outcome, Optional<Instant> concludedAt) {

        static CaseSummary of(MisconductCaseRecord row) {
            return new CaseSummary(row.caseId, row.staffId, row.stage, row.allegedAt, Optional.ofNullable(row.investigator),
                    Optional.ofNullable(row.outcome).map(MisconductEvent.Outcome::valueOf),
                    Optional.ofNullable(row.concludedAt));
        }
    }

    @GET
    @RolesAllowed(OFFICER)
    @Operation(summary = "The misconduct register, newest first: ?staffId= keeps one member's cases, ?open=true those "
            + "not yet concluded (conduct officer only; 403 to anyone else)")
    @ReadsProjection("misconduct-cases")
    public List<CaseSummary> list(@QueryParam("staffId") @Size(max = 100) String staffId, @QueryParam("open") boolean open) {
        String query = "(?1 is null or staffId = ?1) and (?2 = false or stage <> 'CONCLUDED') order by allegedAt desc";
        return MisconductCaseRecord.<MisconductCaseRecord>list(query, staffId, open).stream().map(CaseSummary::of).toList();
    }

    @GET
    @Path("/{caseId}")
    @Authenticated
    @Operation(summary = "A misconduct case (conduct officer; 404 to anyone else, whether or not it exists)")
    public MisconductCase one(@PathParam("caseId") UUID caseId) {
        mustKnowOf(caseId);
        Loaded<MisconductCase> loaded = commands.load(MisconductCase.stream(caseId).id(), MisconductCase.AGGREGATE);
        if (!loaded.exists()) {
            throw notFound(caseId);
        }
        return loaded.state();
    }

    /** Anyone but the conduct officer gets the very answer a case that does not exist gets. */
    private void mustKnowOf(UUID caseId) {
        if (!identity.hasRole(OFFICER)) {
            throw notFound(caseId);
        }
    }

    private static NotFound notFound(UUID caseId) {
        return new NotFound("no misconduct case " + caseId);
    }
}

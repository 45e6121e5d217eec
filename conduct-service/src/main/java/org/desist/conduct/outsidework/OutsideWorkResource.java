package org.desist.conduct.outsidework;

import io.smallrye.common.annotation.RunOnVirtualThread;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
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
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.desist.conduct.access.LimitedAccess;
import org.desist.conduct.staff.ActingFor;
import org.desist.conduct.staff.StaffMember;
import org.desist.eventstore.UuidV7;
import org.desist.eventstore.command.CommandHandler;
import org.desist.eventstore.http.IfMatch;
import org.desist.eventstore.http.Tagged;
import org.desist.eventstore.http.CurrentActor;
import org.desist.eventstore.projection.ReadsProjection;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/outside-work")
@Tag(name = "Outside work")
@Produces(MediaType.APPLICATION_JSON)
@RunOnVirtualThread
public class OutsideWorkResource {

    @Schema(example = "{\"staffId\": \"officer\", \"kind\": \"EMPLOYMENT\", \"description\": \"weekend lifeguard at the leisure centre\"}")
    public record RequestOutsideWork(@NotBlank @Size(max = 100) String staffId, @NotNull OutsideWorkEvent.Kind kind,
            @NotBlank @Size(max = 5_000) String description,
            Optional<@Pattern(regexp = "[A-Z][0-9]{6}", message = "must be a CRN: a letter and six digits") String> crn) {

        public RequestOutsideWork {
            crn = crn == null ? Optional.empty() : crn;
        }
    }

    @Schema(example = "{\"decision\": \"APPROVED\", \"conditions\": \"no more than 8 hours a week; not in the office's area\", "
            + "\"rationale\": \"no conflict with the service\"}")
    public record Decide(@NotNull OutsideWorkEvent.Decision decision, @NotNull @Size(max = 5_000) String conditions,
            @NotBlank @Size(max = 5_000) String rationale) {
    }

    private final CommandHandler commands;
    private final ActingFor actingFor;
    private final CurrentActor actor;
    private final LimitedAccess limitedAccess;

    OutsideWorkResource(CommandHandler commands, ActingFor actingFor, CurrentActor actor, LimitedAccess limitedAccess) {
        this.limitedAccess = limitedAccess;
        this.commands = commands;
        this.actingFor = actingFor;
        this.actor = actor;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"probation-officer", "senior-probation-officer", "court-liaison", "conduct-officer",
            "disclosure-officer", "board-secretary", "auditor"})
    @Operation(summary = "Ask approval for outside employment or a business interest (002_d7d6c09e19b6ddeb.txt 4.8), "
            + "or consent to act as executor for a service user (7.3)")
    @ReadsProjection("staff")
    public RestResponse<Map<String, Object>> request(@HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid RequestOutsideWork request) {
        actingFor.check(request.staffId());
        UUID id = UuidV7.next();
        long version = commands.startOrUpdate(StaffMember.privateStream(request.staffId()), IfMatch.parse(ifMatch),
                OutsideWork.AGGREGATE, work -> OutsideWork.request(id, request.staffId(), request.kind(),
                        request.description(), request.crn()), actor.metadata()).version();
        return Tagged.created(version, Map.of("requestId", id, "status", "AWAITING_DECISION"));
    }

    @POST
    @Path("/{staffId}/{requestId}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("chief-executive")
    @Operation(summary = "The chief executive's decision, with its conditions (002_d7d6c09e19b6ddeb.txt 4.8)")
    public RestResponse<Void> decide(@PathParam("staffId") String staffId, @PathParam("requestId") UUID requestId,
            @HeaderParam("If-Match") String ifMatch, @NotNull @Valid Decide request) {
        OutsideWork earlier = commands.load(StaffMember.stream(staffId).id(), OutsideWork.AGGREGATE).state();
        return Tagged.created(commands.startOrUpdate(StaffMember.privateStream(staffId), IfMatch.parse(ifMatch),
                OutsideWork.AGGREGATE, work -> earlier.and(work).decide(requestId, request.decision(),
                        request.conditions().strip(), request.rationale().strip()), actor.metadata()).version());
    }

    @GET
    @Path("/mine")
    @RolesAllowed({"probation-officer", "senior-probation-officer", "court-liaison", "conduct-officer",
            "disclosure-officer", "chief-executive", "board-secretary", "auditor"})
    @Operation(summary = "The caller's own outside work requests and the decisions on them")
    public OutsideWorkView mine() {
        return requests(actor.actor().subject());
    }

    @GET
    @Path("/{staffId}")
    @RolesAllowed({"probation-officer", "senior-probation-officer", "court-liaison", "conduct-officer",
            "disclosure-officer", "chief-executive", "board-secretary", "auditor"})
    @Operation(summary = "A member of staff's outside work requests and decisions")
    public OutsideWorkView list(@PathParam("staffId") String staffId) {
        var caller = actor.actor();
        if (!caller.subject().equals(staffId) && !caller.role().equals("conduct-officer")
                && !caller.role().equals("chief-executive")) {
            throw new jakarta.ws.rs.ForbiddenException("outside work requests are for the member of staff, the conduct "
                    + "officer and the chief executive");
        }
        return requests(staffId);
    }

    /** Requests in the staff stream (made before the private one existed) beside those in the private stream. */
    private OutsideWorkView requests(String staffId) {
        return OutsideWorkView.of(commands.load(StaffMember.stream(staffId).id(), OutsideWork.AGGREGATE).state()
                .and(commands.load(StaffMember.privateStream(staffId).id(), OutsideWork.AGGREGATE).state()),
                limitedAccess);
    }

}

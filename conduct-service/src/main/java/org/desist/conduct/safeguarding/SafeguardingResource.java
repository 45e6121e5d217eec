package org.desist.conduct.safeguarding;

import io.smallrye.common.annotation.RunOnVirtualThread;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import org.desist.conduct.staff.StaffMember;
import org.desist.conduct.staff.StaffRegister;
import org.desist.eventstore.command.CommandHandler;
import org.desist.eventstore.http.IfMatch;
import org.desist.eventstore.http.Tagged;
import org.desist.eventstore.http.CurrentActor;
import org.desist.eventstore.projection.ReadsProjection;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/staff/{staffId}/safeguarding-registration")
@Tag(name = "Safeguarding registration")
@Produces(MediaType.APPLICATION_JSON)
@RunOnVirtualThread
public class SafeguardingResource {

    @Schema(example = "{\"withdrawnAt\": \"2026-11-20T09:00:00Z\", \"reason\": \"barred by the Disclosure and Barring Service\"}")
    public record Withdraw(@NotNull @PastOrPresent Instant withdrawnAt, @NotBlank @Size(max = 5_000) String reason) {
    }

    @Schema(example = "{\"reinstatedAt\": \"2026-12-01T09:00:00Z\"}")
    public record Reinstate(@NotNull @PastOrPresent Instant reinstatedAt) {
    }

    private final CommandHandler commands;
    private final StaffRegister register;
    private final CurrentActor actor;

    SafeguardingResource(CommandHandler commands, StaffRegister register, CurrentActor actor) {
        this.commands = commands;
        this.register = register;
        this.actor = actor;
    }

    @POST
    @Path("/withdrawal")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("conduct-officer")
    @Operation(summary = "Record that a member of staff's safeguarding registration is withdrawn (002_d7d6c09e19b6ddeb.txt 4.5)")
    @ReadsProjection("staff")
    public RestResponse<Void> withdraw(@PathParam("staffId") String staffId, @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid Withdraw request) {
        register.member(staffId);
        return Tagged.created(commands.startOrUpdate(StaffMember.stream(staffId), IfMatch.parse(ifMatch),
                SafeguardingRegistration.AGGREGATE, registration -> registration.withdraw(staffId, request.withdrawnAt(),
                        request.reason()), actor.metadata()).version());
    }

    @POST
    @Path("/reinstatement")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("conduct-officer")
    @Operation(summary = "Record that a member of staff's withdrawn safeguarding registration is reinstated; case-service "
            + "may then allocate them cases again")
    @ReadsProjection("staff")
    public RestResponse<Void> reinstate(@PathParam("staffId") String staffId, @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid Reinstate request) {
        register.member(staffId);
        return Tagged.created(commands.startOrUpdate(StaffMember.stream(staffId), IfMatch.parse(ifMatch),
                SafeguardingRegistration.AGGREGATE, registration -> registration.reinstate(staffId,
                        request.reinstatedAt()), actor.metadata()).version());
    }
}

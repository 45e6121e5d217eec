package org.desist.cases.partner;

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
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Collection;
import java.util.Map;
import org.desist.eventstore.command.CommandHandler;
import org.desist.eventstore.http.CurrentActor;
import org.desist.eventstore.http.IfMatch;
import org.desist.eventstore.http.Tagged;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** The partner agencies a case may be shared with; an agency's users carry its id in their token's {@code agency}. */
@Path("/partner-agencies")
@Tag(name = "Access")
@Produces(MediaType.APPLICATION_JSON)
@RunOnVirtualThread
public class PartnerAgencyResource {

    @Schema(example = "{\"agencyId\": \"health-2\", \"name\": \"Community mental health team\", \"kind\": \"HEALTH\"}")
    public record RegisterAgency(@NotNull @Pattern(regexp = PartnerAgencyRegister.AGENCY_ID) String agencyId,
            @NotBlank @Size(max = 200) String name, @NotNull AgencyKind kind) {
    }

    private final CommandHandler commands;
    private final CurrentActor actor;

    PartnerAgencyResource(CommandHandler commands, CurrentActor actor) {
        this.commands = commands;
        this.actor = actor;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"senior-probation-officer", "operator"})
    @Operation(summary = "Register a partner agency")
    @APIResponse(responseCode = "201", description = "Registered")
    public RestResponse<Map<String, String>> register(@HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid RegisterAgency request) {
        long version = commands.startOrUpdate(PartnerAgencies.STREAM, IfMatch.parse(ifMatch), PartnerAgencies.AGGREGATE,
                agencies -> agencies.register(request.agencyId(), request.name(), request.kind()), actor.metadata())
                .version();
        return Tagged.created(version, Map.of("agencyId", request.agencyId()));
    }

    @GET
    @RolesAllowed({"probation-officer", "senior-probation-officer", "operator", "auditor"})
    @Operation(summary = "The partner agencies registered")
    public Collection<PartnerEvent.PartnerAgencyRegistered> agencies() {
        return commands.load(PartnerAgencies.STREAM.id(), PartnerAgencies.AGGREGATE).state().agencies().values();
    }
}

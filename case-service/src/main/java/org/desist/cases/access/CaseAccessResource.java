package org.desist.cases.access;

import io.smallrye.common.annotation.RunOnVirtualThread;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.desist.cases.person.Crn;
import org.desist.cases.partner.PartnerAgencyRegister;
import org.desist.cases.person.PersonStreams;
import org.desist.eventstore.UuidV7;
import org.desist.eventstore.access.NeedToKnow;
import org.desist.eventstore.access.Part;
import org.desist.eventstore.access.Reader;
import org.desist.eventstore.command.CommandHandler;
import org.desist.eventstore.command.Decision;
import org.desist.eventstore.http.CurrentActor;
import org.desist.eventstore.http.IfMatch;
import org.desist.eventstore.http.Tagged;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** Who may open a person's case: limited access (exclusion and restriction lists), and sharing with partner agencies. */
@Path("/people/{crn}")
@Tag(name = "Access")
@Produces(MediaType.APPLICATION_JSON)
@RunOnVirtualThread
@NeedToKnow(Part.ACCESS)
public class CaseAccessResource {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final String STAFF_ID = "[A-Za-z0-9._@-]{1,100}";

    @Schema(example = "{\"excluded\": [\"officer\"], \"restrictedTo\": [], \"from\": \"2026-12-01\", \"until\": null, "
            + "\"message\": \"Contact the case's manager, N01 senior.\", \"rationale\": \"the officer knows the family\"}")
    public record RestrictAccess(@NotNull List<@Pattern(regexp = STAFF_ID) String> excluded,
            @NotNull List<@Pattern(regexp = STAFF_ID) String> restrictedTo, @NotNull LocalDate from,
            Optional<LocalDate> until, @NotBlank @Size(max = 500) String message,
            @NotBlank @Size(max = 2_000) String rationale) {
    }

    @Schema(example = "{\"agency\": \"police-1\", \"scope\": [\"APPOINTMENTS\"], \"basis\": \"CONSENT\", "
            + "\"rationale\": \"consent recorded at induction\", \"expiresOn\": \"2027-06-01\"}")
    public record ShareCase(@NotNull @Pattern(regexp = "[a-z0-9-]{1,60}") String agency,
            @NotNull @Size(min = 1, max = 4) List<@NotNull SharingScope> scope, @NotNull SharingBasis basis,
            @NotBlank @Size(max = 2_000) String rationale, @NotNull LocalDate expiresOn) {
    }

    public record EndSharing(@NotBlank @Size(max = 2_000) String reason) {
    }

    private final CommandHandler commands;
    private final CurrentActor actor;
    private final PartnerAgencyRegister agencies;

    CaseAccessResource(CommandHandler commands, CurrentActor actor, PartnerAgencyRegister agencies) {
        this.commands = commands;
        this.actor = actor;
        this.agencies = agencies;
    }

    @PUT
    @Path("/access-restrictions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("senior-probation-officer")
    @Operation(summary = "Set the case's exclusion and restriction lists (limited access)",
            description = "Staff in `excluded` must not see the case; a non-empty `restrictedTo` means only they may. "
                    + "In force from `from` until `until` (if given); a refused user is shown `message`. Declaring a "
                    + "purpose does not open a limited case. Every service applies it once the event reaches it.")
    @APIResponse(responseCode = "200", description = "Set")
    public RestResponse<Void> restrict(@PathParam("crn") @Pattern(regexp = Crn.PATTERN, message = Crn.MESSAGE) String crn,
            @HeaderParam("If-Match") String ifMatch, @NotNull @Valid RestrictAccess request) {
        Decision written = commands.update(PersonStreams.of(crn), IfMatch.parse(ifMatch), CaseAccessRules.AGGREGATE,
                rules -> rules.restrict(request.excluded(), request.restrictedTo(), request.from(), request.until(),
                        request.message(), request.rationale()), actor.metadata());
        return Tagged.noContent(written.version());
    }

    @GET
    @Path("/access-restrictions")
    @RolesAllowed({"probation-officer", "senior-probation-officer"})
    @Operation(summary = "The case's limited access, as last set")
    public Optional<AccessEvent.AccessRestricted> restrictions(
            @PathParam("crn") @Pattern(regexp = Crn.PATTERN, message = Crn.MESSAGE) String crn) {
        return commands.view(PersonStreams.of(crn), CaseAccessRules.AGGREGATE, Optional.empty()).restriction();
    }

    @POST
    @Path("/sharing-agreements")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"probation-officer", "senior-probation-officer"})
    @Operation(summary = "Share parts of the case with a partner agency",
            description = "On the person's recorded consent, or without it on public protection (a senior's decision, "
                    + "with a rationale). The agency's users then see only the parts in scope, until the agreement "
                    + "expires or is withdrawn (001: consent before sharing).")
    @APIResponse(responseCode = "201", description = "Agreed: `{\"agreementId\"}`")
    public RestResponse<Map<String, UUID>> share(
            @PathParam("crn") @Pattern(regexp = Crn.PATTERN, message = Crn.MESSAGE) String crn,
            @HeaderParam("If-Match") String ifMatch, @NotNull @Valid ShareCase request) {
        UUID id = UuidV7.next();
        boolean senior = Reader.SENIOR.equals(actor.actor().role());
        boolean registered = agencies.registered(request.agency());
        Decision written = commands.update(PersonStreams.of(crn), IfMatch.parse(ifMatch), CaseAccessRules.AGGREGATE,
                rules -> rules.share(id, request.agency(), registered, request.scope(), request.basis(), request.expiresOn(),
                        request.rationale(), senior, LocalDate.now(LONDON)), actor.metadata());
        return Tagged.created(written.version(), Map.of("agreementId", id));
    }

    @GET
    @Path("/sharing-agreements")
    @RolesAllowed({"probation-officer", "senior-probation-officer"})
    @Operation(summary = "The case's sharing agreements, ended ones included")
    public Collection<CaseAccessRules.Agreement> agreements(
            @PathParam("crn") @Pattern(regexp = Crn.PATTERN, message = Crn.MESSAGE) String crn) {
        return commands.view(PersonStreams.of(crn), CaseAccessRules.AGGREGATE, Optional.empty()).agreements().values();
    }

    @DELETE
    @Path("/sharing-agreements/{agreementId}")
    @RolesAllowed({"probation-officer", "senior-probation-officer"})
    @Operation(summary = "Withdraw a sharing agreement at once (consent withdrawn, or no longer needed)")
    @APIResponse(responseCode = "204", description = "Withdrawn")
    public RestResponse<Void> withdraw(@PathParam("crn") @Pattern(regexp = Crn.PATTERN, message = Crn.MESSAGE) String crn,
            @PathParam("agreementId") UUID agreementId, @HeaderParam("If-Match") String ifMatch,
            @QueryParam("reason") @Size(max = 2_000) String reason) {
        String why = reason == null || reason.isBlank() ? "withdrawn" : reason;
        Decision written = commands.update(PersonStreams.of(crn), IfMatch.parse(ifMatch), CaseAccessRules.AGGREGATE,
                rules -> rules.endSharing(agreementId, why), actor.metadata());
        return Tagged.noContent(written.version());
    }
}

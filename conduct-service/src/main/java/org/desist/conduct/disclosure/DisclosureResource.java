package org.desist.conduct.disclosure;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.common.annotation.RunOnVirtualThread;
import jakarta.annotation.security.PermitAll;
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
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.desist.conduct.disclosure.DisclosureAccess.Caller;
import org.desist.conduct.disclosure.Disclosures.Progress;
import org.desist.conduct.disclosure.Disclosures.Receipt;
import org.desist.eventstore.command.Versioned;
import org.desist.eventstore.http.CurrentActor;
import org.desist.eventstore.http.IfMatch;
import org.desist.eventstore.http.Tagged;
import org.desist.eventstore.projection.ReadsProjection;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * Whistleblowing (002_d7d6c09e19b6ddeb.txt 8.6; 001): anyone may report, anonymously or named; a receipt code lets
 * the reporter follow the case and add information; only the recipient it was routed to lists or reads it, and nobody
 * it names as implicated learns that it exists.
 */
@Path("/disclosures")
@Tag(name = "Protected disclosures")
@Produces(MediaType.APPLICATION_JSON)
@RunOnVirtualThread
public class DisclosureResource {

    /** {@code anonymous}: a reporter who sends a token may still choose not to be named (without one they are not). */
    @Schema(example = "{\"summary\": \"records altered after an inspection\", \"concerns\": \"contact logs backdated\", "
            + "\"implicated\": [\"senior\"], \"anonymous\": true}")
    public record MakeDisclosure(@NotBlank @Size(max = 500) String summary, @NotBlank @Size(max = 20_000) String concerns,
            Optional<@Size(max = 20) List<@NotBlank @Size(max = 100) String>> implicated, Optional<Boolean> anonymous) {

        public MakeDisclosure {
            implicated = implicated == null ? Optional.empty() : implicated;
            anonymous = anonymous == null ? Optional.empty() : anonymous;
        }
    }

    @Schema(example = "{\"information\": \"the dates were changed on the 3rd\"}")
    public record AddInformation(@NotBlank @Size(max = 20_000) String information) {
    }

    @Schema(example = "{\"status\": \"UNDER_INVESTIGATION\", \"rationale\": \"contact logs requested from the team\"}")
    public record ChangeStatus(@NotNull DisclosureEvent.Status status, @NotBlank @Size(max = 5_000) String rationale) {
    }

    // the roles of Recipient, as constants for @RolesAllowed
    private static final String OFFICER = "disclosure-officer";
    private static final String CHIEF_EXECUTIVE = "chief-executive";
    private static final String BOARD_SECRETARY = "board-secretary";

    private final Disclosures disclosures;
    private final SecurityIdentity identity;
    private final CurrentActor actor;

    DisclosureResource(Disclosures disclosures, SecurityIdentity identity, CurrentActor actor) {
        this.disclosures = disclosures;
        this.identity = identity;
        this.actor = actor;
    }

    @POST
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Make a protected disclosure: no token needed (anonymous); a token names the reporter unless "
            + "they ask to stay anonymous. Routed past anyone implicated, and past the named reporter's line of "
            + "management when it is implicated. It starts a record of its own, so it takes no If-Match")
    @APIResponse(responseCode = "201", description = "Made: keep the receipt code to follow the disclosure")
    @ReadsProjection("staff")
    public RestResponse<Receipt> disclose(@NotNull @Valid MakeDisclosure request) {
        boolean named = !identity.isAnonymous() && !request.anonymous().orElse(false);
        Optional<String> reporter = named ? Optional.of(actor.actor().subject()) : Optional.empty();
        Versioned<Receipt> made = disclosures.make(request.summary(), request.concerns(),
                request.implicated().orElse(List.of()), reporter);
        return Tagged.created(made.version(), made.value());
    }

    @GET
    @RolesAllowed({OFFICER, CHIEF_EXECUTIVE, BOARD_SECRETARY})
    @Operation(summary = "The disclosures routed to the caller: the disclosure officer's, or those escalated to the chief "
            + "executive or the board secretary; none that names the caller as implicated (403 to other roles)")
    @ReadsProjection("disclosures")
    public List<DisclosureView> all() {
        return disclosures.routedTo(caller());
    }

    @GET
    @Path("/{disclosureId}")
    @Authenticated
    @Operation(summary = "One disclosure, for the recipient it was routed to; to anyone else, or anyone it names as "
            + "implicated, it does not exist (404, the same answer as for an id that names nothing), so that no one can "
            + "probe for a disclosure")
    @ReadsProjection("disclosures")
    public RestResponse<DisclosureView> one(@PathParam("disclosureId") UUID disclosureId) {
        Versioned<DisclosureView> view = disclosures.one(disclosureId, caller());
        return Tagged.ok(view.version(), view.value());
    }

    @POST
    @Path("/{disclosureId}/status")
    @Consumes(MediaType.APPLICATION_JSON)
    @Authenticated
    @Operation(summary = "The recipient moves a disclosure on, with the reason; the reporter sees the status by their "
            + "receipt code. 404 to anyone else")
    @APIResponse(responseCode = "201", description = "Moved on")
    @APIResponse(responseCode = "409", description = "Refused by `disclosure-closed`")
    @ReadsProjection("disclosures")
    public RestResponse<Void> changeStatus(@PathParam("disclosureId") UUID disclosureId,
            @HeaderParam("If-Match") String ifMatch, @NotNull @Valid ChangeStatus request) {
        return Tagged.created(disclosures.changeStatus(disclosureId, IfMatch.parse(ifMatch), request.status(),
                request.rationale(), caller(), actor.metadata()));
    }

    @GET
    @PermitAll
    @Path("/receipts/{receiptCode}")
    @Operation(summary = "Follow a disclosure by its receipt code, without revealing who you are")
    @ReadsProjection("disclosures")
    public RestResponse<Progress> follow(@PathParam("receiptCode") String receiptCode) {
        Versioned<Progress> progress = disclosures.progress(receiptCode);
        return Tagged.ok(progress.version(), progress.value());
    }

    @POST
    @PermitAll
    @Path("/receipts/{receiptCode}/information")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add information to a disclosure by its receipt code, without being named")
    @APIResponse(responseCode = "201", description = "Added")
    @APIResponse(responseCode = "409", description = "Refused by `disclosure-closed`")
    @ReadsProjection("disclosures")
    public RestResponse<Void> add(@PathParam("receiptCode") String receiptCode, @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid AddInformation request) {
        return Tagged.created(disclosures.addInformation(receiptCode, IfMatch.parse(ifMatch), request.information()));
    }

    private Caller caller() {
        return new Caller(actor.actor().subject(), identity.getRoles());
    }
}

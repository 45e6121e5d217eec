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
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.desist.conduct.staff.StaffRecord;
import org.desist.eventstore.Actor;
import org.desist.eventstore.CommandMetadata;
import org.desist.eventstore.StreamId;
import org.desist.eventstore.UuidV7;
import org.desist.eventstore.command.CommandHandler;
import org.desist.eventstore.http.CurrentActor;
import org.desist.eventstore.http.NotFound;
import org.desist.eventstore.projection.ReadsProjection;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

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

    @Schema(example = "{\"summary\": \"records altered after an inspection\", \"concerns\": \"contact logs backdated\", "
            + "\"implicated\": [\"senior\"]}")
    public record MakeDisclosure(@NotBlank @Size(max = 500) String summary, @NotBlank @Size(max = 20_000) String concerns,
            Optional<@Size(max = 20) List<@NotBlank @Size(max = 100) String>> implicated) {

        public MakeDisclosure {
            implicated = implicated == null ? Optional.empty() : implicated;
        }
    }

    @Schema(example = "{\"information\": \"the dates were changed on the 3rd\"}")
    public record AddInformation(@NotBlank @Size(max = 20_000) String information) {
    }

    @Schema(example = "{\"status\": \"UNDER_INVESTIGATION\", \"rationale\": \"contact logs requested from the team\"}")
    public record ChangeStatus(@NotNull DisclosureEvent.Status status, @NotBlank @Size(max = 5_000) String rationale) {
    }

    // the roles of Disclosure.Recipient, as constants for @RolesAllowed
    private static final String OFFICER = "disclosure-officer";
    private static final String CHIEF_EXECUTIVE = "chief-executive";
    private static final String BOARD_SECRETARY = "board-secretary";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A disclosure as the disclosure officer reads it, the reporter's identity opened. */
    public record DisclosureView(UUID disclosureId, String summary, String concerns, List<String> implicated,
            Optional<String> reporter, String routedTo, String status, java.time.Instant madeAt, String information) {
    }

    private final CommandHandler commands;
    private final SecurityIdentity identity;
    private final CurrentActor actor;
    private final ReporterIdentity reporters;

    DisclosureResource(CommandHandler commands, SecurityIdentity identity, CurrentActor actor, ReporterIdentity reporters) {
        this.commands = commands;
        this.identity = identity;
        this.actor = actor;
        this.reporters = reporters;
    }

    @POST
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Make a protected disclosure: no token needed (anonymous); a token names the reporter. "
            + "Routed past anyone implicated in the reporter's line of management")
    @ReadsProjection("staff")
    public Response disclose(@NotNull @Valid MakeDisclosure request) {
        Optional<String> reporter = identity.isAnonymous() ? Optional.empty() : Optional.of(actor.actor().subject());
        List<String> implicated = request.implicated().orElse(List.of());
        String receipt = receiptCode();
        UUID id = UuidV7.next();
        // The log's actor columns would name the reporter in clear: a disclosure is recorded as made by "reporter".
        CommandMetadata metadata = CommandMetadata.by(new Actor("reporter", reporter.isPresent() ? "named-reporter"
                : "anonymous-reporter", Optional.empty(), Optional.empty()));
        commands.create(StreamId.of("disclosure", id.toString()), Disclosure.AGGREGATE,
                made -> List.of(new DisclosureEvent.DisclosureMade(id, request.summary().strip(), request.concerns().strip(),
                        implicated, reporter.map(reporters::seal), hash(receipt), route(reporter, implicated).role())), metadata);
        return Response.status(Response.Status.CREATED).entity(Map.of("receiptCode", receipt, "disclosureId", id)).build();
    }

    @GET
    @RolesAllowed({OFFICER, CHIEF_EXECUTIVE, BOARD_SECRETARY})
    @Operation(summary = "The disclosures routed to the caller: the disclosure officer's, or those escalated to the chief "
            + "executive or the board secretary; none that names the caller as implicated (403 to other roles)")
    @ReadsProjection("disclosures")
    public List<DisclosureView> all() {
        return DisclosureRecord.<DisclosureRecord>list("order by madeAt desc").stream().filter(this::mayKnow)
                .map(this::view).toList();
    }

    @GET
    @Path("/{disclosureId}")
    @Authenticated
    @Operation(summary = "One disclosure, for the recipient it was routed to; to anyone else, or anyone it names as "
            + "implicated, it does not exist (404, the same answer as for an id that names nothing), so that no one can "
            + "probe for a disclosure")
    @ReadsProjection("disclosures")
    public DisclosureView one(@PathParam("disclosureId") UUID disclosureId) {
        return view(known(disclosureId));
    }

    @POST
    @Path("/{disclosureId}/status")
    @Consumes(MediaType.APPLICATION_JSON)
    @Authenticated
    @Operation(summary = "The disclosure officer moves a disclosure on, with the reason; the reporter sees the status "
            + "by their receipt code. A closed disclosure stays closed (409). 404 to anyone else")
    @ReadsProjection("disclosures")
    public Response changeStatus(@PathParam("disclosureId") UUID disclosureId, @NotNull @Valid ChangeStatus request) {
        known(disclosureId);
        commands.update(StreamId.of("disclosure", disclosureId.toString()), org.desist.eventstore.ExpectedVersion.any(),
                Disclosure.AGGREGATE, disclosure -> disclosure.changeStatus(disclosureId, request.status(),
                        request.rationale()), actor.metadata());
        return Response.status(Response.Status.CREATED).build();
    }

    @GET
    @PermitAll
    @Path("/receipts/{receiptCode}")
    @Operation(summary = "Follow a disclosure by its receipt code, without revealing who you are")
    @ReadsProjection("disclosures")
    public Map<String, Object> follow(@PathParam("receiptCode") String receiptCode) {
        DisclosureRecord row = byReceipt(receiptCode);
        return Map.of("status", row.status, "madeAt", row.madeAt);
    }

    @POST
    @PermitAll
    @Path("/receipts/{receiptCode}/information")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add information to a disclosure by its receipt code")
    @ReadsProjection("disclosures")
    public Response add(@PathParam("receiptCode") String receiptCode, @NotNull @Valid AddInformation request) {
        DisclosureRecord row = byReceipt(receiptCode);
        commands.update(StreamId.of("disclosure", row.disclosureId.toString()), org.desist.eventstore.ExpectedVersion.any(),
                Disclosure.AGGREGATE, made -> List.of(new DisclosureEvent.InformationAdded(row.disclosureId,
                        request.information().strip())),
                CommandMetadata.by(new Actor("anonymous", "anonymous-reporter", Optional.empty(), Optional.empty())));
        return Response.status(Response.Status.CREATED).build();
    }

    /** A disclosure the caller may know of: anyone but its recipient is answered as if it did not exist. */
    private DisclosureRecord known(UUID disclosureId) {
        DisclosureRecord row = DisclosureRecord.findById(disclosureId);
        if (row == null || !mayKnow(row)) {
            throw new NotFound("no disclosure " + disclosureId);
        }
        return row;
    }

    /** Its recipient, unless the disclosure names them as implicated (001: escalation past anyone implicated). */
    private boolean mayKnow(DisclosureRecord row) {
        return identity.hasRole(Disclosure.Recipient.of(row.routedTo).role())
                && !implicated(row).contains(actor.actor().subject());
    }

    private static List<String> implicated(DisclosureRecord row) {
        return row.implicated.isEmpty() ? List.of() : List.of(row.implicated.split(","));
    }

    private DisclosureView view(DisclosureRecord row) {
        return new DisclosureView(row.disclosureId, row.summary, row.concerns, implicated(row),
                Optional.ofNullable(row.reporter).map(this::opened), row.routedTo, row.status, row.madeAt, row.information);
    }

    /** A reporter's identity as the disclosure officer reads it; one sealed under another key is said to be so. */
    private String opened(String sealed) {
        try {
            return reporters.open(sealed);
        } catch (IllegalStateException e) {
            return "(sealed under another key: ask the key's custodian)";
        }
    }

    /** Whom the disclosure goes to, from the staff register's roles and the reporter's line of management. */
    static Disclosure.Recipient route(Optional<String> reporter, List<String> implicated) {
        Set<String> implicatedRoles = new HashSet<>();
        for (String staffId : implicated) {
            Optional.ofNullable(StaffRecord.<StaffRecord>findById(staffId)).ifPresent(member -> implicatedRoles.add(member.role));
        }
        boolean managementImplicated = false;
        Set<String> seen = new HashSet<>();
        StaffRecord current = reporter.map(id -> StaffRecord.<StaffRecord>findById(id)).orElse(null);
        // up the reporter's line of management, as far as the disclosure officer (or the top)
        while (current != null && current.lineManager != null && seen.add(current.staffId)
                && !current.role.equals(Disclosure.Recipient.DISCLOSURE_OFFICER.role())) {
            managementImplicated |= implicated.contains(current.lineManager);
            current = StaffRecord.findById(current.lineManager);
        }
        return Disclosure.route(implicatedRoles, managementImplicated);
    }

    private static DisclosureRecord byReceipt(String receiptCode) {
        DisclosureRecord row = DisclosureRecord.find("receiptHash", hash(receiptCode)).firstResult();
        if (row == null) {
            throw new NotFound("no disclosure has that receipt code");
        }
        return row;
    }

    private static String receiptCode() {
        byte[] bytes = new byte[9];
        RANDOM.nextBytes(bytes);
        return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String hash(String code) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(code.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

package org.desist.conduct.gift;

import io.smallrye.common.annotation.RunOnVirtualThread;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.desist.conduct.access.LimitedAccess;
import org.desist.conduct.gift.GiftEvent.Decision;
import org.desist.conduct.gift.GiftEvent.Direction;
import org.desist.conduct.gift.GiftEvent.DonorType;
import org.desist.conduct.gift.GiftEvent.GiftOfferDeclined;
import org.desist.conduct.gift.GiftEvent.GiftOfferRecorded;
import org.desist.conduct.gift.GiftEvent.Kind;
import org.desist.conduct.gift.GiftEvent.OfferedTo;
import org.desist.conduct.staff.ActingFor;
import org.desist.conduct.staff.StaffMember;
import org.desist.conduct.staff.StaffRegister;
import org.desist.eventstore.StreamId;
import org.desist.eventstore.UuidV7;
import org.desist.eventstore.command.CommandHandler;
import org.desist.eventstore.command.EventCodec;
import org.desist.eventstore.http.CurrentActor;
import org.desist.eventstore.http.IfMatch;
import org.desist.eventstore.http.NotFound;
import org.desist.eventstore.http.Problem;
import org.desist.eventstore.http.Tagged;
import org.desist.eventstore.projection.ReadsProjection;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/gifts")
@Tag(name = "Gifts and hospitality")
@Produces(MediaType.APPLICATION_JSON)
@RunOnVirtualThread
public class GiftResource {

    @ConfigMapping(prefix = "desist.gifts")
    public interface GiftRules {

        /** Gifts above this value need the line manager's decision before acceptance (002 7.4). */
        @WithDefault("25")
        BigDecimal nominalValue();
    }

    @Schema(example = "{\"staffId\": \"officer\", \"kind\": \"HOSPITALITY\", \"offeredTo\": \"EMPLOYEE\", "
            + "\"direction\": \"RECEIVED\", \"donorType\": \"SUPPLIER\", \"description\": \"dinner after the "
            + "conference\", \"value\": 60, \"offeredAt\": \"2026-11-20T15:00:00Z\", \"decision\": \"ACCEPTED\"}")
    public record RecordGift(@NotBlank @Size(max = 100) String staffId, @NotNull DonorType donorType,
            Optional<@Pattern(regexp = "[A-Z][0-9]{6}", message = "must be a CRN: a letter and six digits") String> crn,
            @NotBlank @Size(max = 2_000) String description, @NotNull @DecimalMin("0") BigDecimal value,
            @NotNull @PastOrPresent Instant offeredAt, @NotNull Decision decision, Optional<Kind> kind,
            Optional<OfferedTo> offeredTo, Optional<Direction> direction, Optional<@Valid Donor> donor) {

        public RecordGift {
            crn = crn == null ? Optional.empty() : crn;
            kind = kind == null ? Optional.empty() : kind;
            offeredTo = offeredTo == null ? Optional.empty() : offeredTo;
            direction = direction == null ? Optional.empty() : direction;
            donor = donor == null ? Optional.empty() : donor;
        }

        /** The same offer, its donor known to be the person on probation with this CRN. */
        RecordGift fromPersonOnProbation(String knownCrn) {
            return new RecordGift(staffId, donorType, Optional.of(knownCrn), description, value, offeredAt, decision,
                    kind, offeredTo, direction, donor);
        }
    }

    /**
     * Who offered it, when known: a donor whose name and date of birth are those of a person on case-service's register
     * is a service user, whatever {@code donorType} says.
     */
    @Schema(example = "{\"name\": \"Alex Morgan\", \"dateOfBirth\": \"1991-02-03\"}")
    public record Donor(@NotBlank @Size(max = 200) String name, @NotNull @Past LocalDate dateOfBirth) {
    }

    @Schema(example = "{\"decision\": \"ACCEPTED\", \"rationale\": \"a conference dinner, no business pending with "
            + "the supplier\"}")
    public record DecideGift(@NotNull Decision decision, @NotBlank @Size(max = 5_000) String rationale) {
    }

    private final CommandHandler commands;
    private final ActingFor actingFor;
    private final CurrentActor actor;
    private final StaffRegister register;
    private final GiftRules rules;
    private final EventCodec codec;
    private final PeopleOnProbation people;
    private final LimitedAccess limitedAccess;

    GiftResource(CommandHandler commands, ActingFor actingFor, CurrentActor actor, StaffRegister register, GiftRules rules,
            EventCodec codec, PeopleOnProbation people, LimitedAccess limitedAccess) {
        this.people = people;
        this.limitedAccess = limitedAccess;
        this.commands = commands;
        this.actingFor = actingFor;
        this.actor = actor;
        this.register = register;
        this.rules = rules;
        this.codec = codec;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"probation-officer", "senior-probation-officer", "court-liaison", "conduct-officer",
            "disclosure-officer", "chief-executive", "board-secretary", "auditor"})
    @Operation(summary = "Record a benefit offered to a member of staff or their family, or given by them: from a "
            + "person on probation (named by CRN, or a donor on case-service's register), or money from anyone, it is "
            + "never accepted (409, and the offer is recorded as declined); above nominal value it is pending until the line manager decides (002_d7d6c09e19b6ddeb.txt 7.4). "
            + "The ETag (and If-Match) is the version of the record the entry goes to: a service user's offer to the "
            + "member's shared record, anything else to their private one, which the line manager's decision continues")
    @ReadsProjection("staff")
    public Response record(@HeaderParam("If-Match") String ifMatch, @NotNull @Valid RecordGift request) {
        actingFor.check(request.staffId());
        UUID id = UuidV7.next();
        Optional<String> manager = Optional.ofNullable(register.member(request.staffId()).lineManager);
        RecordGift offer = request.crn().isPresent() ? request : request.donor().flatMap(people::crnOf)
                .map(request::fromPersonOnProbation).orElse(request);
        List<GiftEvent> offered = Gifts.offer(id, offer, rules.nominalValue(), manager);
        // Only a service user's offer is published (case-service logs it); the rest stays in the private stream.
        StreamId stream = offered.getFirst() instanceof GiftOfferDeclined ? StaffMember.stream(request.staffId())
                : StaffMember.privateStream(request.staffId());
        long version = commands.startOrUpdate(stream, IfMatch.parse(ifMatch), Gifts.AGGREGATE, gifts -> offered,
                actor.metadata()).version();
        String status = Gifts.status(offered.getFirst(), Optional.empty());
        // The CRN the writer named is echoed; one recognised from the donor only if limited access lets them see it.
        String contactLog = offer.crn().filter(crn -> request.crn().isPresent() || !limitedAccess.named(crn).withheld())
                .map(crn -> crn + "'s").orElse("the person's");
        return switch (offered.getFirst()) {
            case GiftOfferRecorded money when money.acceptanceRefused() -> refused(id, version, "money-gift",
                    "Money is never accepted as a gift", "the offer is recorded as declined (offer " + id + ")",
                    "DECLINED for money");
            case GiftOfferDeclined declined when declined.acceptanceRefused() && declined.kind() == Kind.MONEY ->
                    refused(id, version, "money-gift", "Money is never accepted as a gift", "the offer is recorded as "
                            + "declined (offer " + id + ") and goes on " + contactLog + " contact log",
                            "DECLINED for money");
            case GiftOfferDeclined declined when declined.acceptanceRefused() -> refused(id, version,
                    "gift-from-service-user", "A gift from a service user is never accepted", "the offer is recorded as "
                            + "declined (offer " + id + ") and goes on " + contactLog + " contact log",
                    "DECLINED for a service user's gift");
            default -> Response.status(Response.Status.CREATED).tag(Tagged.tag(version))
                    .entity(Map.of("offerId", id, "status", status)).build();
        };
    }

    private static Response refused(UUID id, long version, String rule, String title, String detail, String field) {
        return Response.fromResponse(Problem.of(Response.Status.CONFLICT, rule, title, detail)
                .withField("decision", field).withSource(Gifts.CLAUSE).toResponse()).tag(Tagged.tag(version)).build();
    }

    @POST
    @Path("/{offerId}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"probation-officer", "senior-probation-officer", "court-liaison", "conduct-officer",
            "disclosure-officer", "chief-executive", "board-secretary", "auditor"})
    @Operation(summary = "The line manager accepts or declines, with a rationale, a benefit above nominal value that "
            + "awaits them (002_d7d6c09e19b6ddeb.txt 7.4)")
    @ReadsProjection({"gift-register", "staff"})
    public Response decide(@PathParam("offerId") UUID offerId, @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid DecideGift request) {
        GiftRecord offer = Optional.ofNullable(GiftRecord.<GiftRecord>findById(offerId))
                .orElseThrow(() -> new NotFound("no gift or hospitality offer " + offerId));
        String caller = actor.actor().subject();
        if (!caller.equals(register.member(offer.staffId).lineManager)) {
            throw new ForbiddenException("only " + offer.staffId + "'s line manager decides on their gifts");
        }
        Gifts published = commands.load(StaffMember.stream(offer.staffId).id(), Gifts.AGGREGATE).state();
        long version = commands.startOrUpdate(StaffMember.privateStream(offer.staffId), IfMatch.parse(ifMatch),
                Gifts.AGGREGATE, gifts -> published.and(gifts).decide(offerId, request.decision(), request.rationale(),
                        caller), actor.metadata()).version();
        return Response.status(Response.Status.CREATED).tag(Tagged.tag(version))
                .entity(Map.of("offerId", offerId, "status", request.decision().name())).build();
    }

    @GET
    @Path("/awaiting-my-decision")
    @RolesAllowed({"probation-officer", "senior-probation-officer", "court-liaison", "conduct-officer",
            "disclosure-officer", "chief-executive", "board-secretary", "auditor"})
    @Operation(summary = "The gifts of the caller's reports that await their decision as line manager (002 7.4)")
    @ReadsProjection({"gift-register", "staff"})
    public List<GiftView> awaitingMe() {
        return views(GiftRecord.list("status = 'PENDING' and staffId in (select s.staffId from StaffRecord s "
                + "where s.lineManager = ?1) order by offeredAt", actor.actor().subject()));
    }

    @GET
    @Path("/mine")
    @RolesAllowed({"probation-officer", "senior-probation-officer", "court-liaison", "conduct-officer",
            "disclosure-officer", "chief-executive", "board-secretary", "auditor"})
    @Operation(summary = "The caller's own entries in the register of gifts and hospitality")
    @ReadsProjection("gift-register")
    public List<GiftView> mine() {
        return views(GiftRecord.list("staffId = ?1 order by offeredAt desc", actor.actor().subject()));
    }

    @GET
    @RolesAllowed({"board-secretary", "conduct-officer"})
    @Operation(summary = "The register of gifts and hospitality, held by the secretary to the board (002_d7d6c09e19b6ddeb.txt 7.4)")
    @ReadsProjection("gift-register")
    public List<GiftView> register() {
        return views(GiftRecord.list("order by offeredAt desc"));
    }

    private List<GiftView> views(List<GiftRecord> rows) {
        return rows.stream().map(row -> GiftView.of(row, limitedAccess)).toList();
    }

}

package org.desist.conduct.gift;

import io.smallrye.common.annotation.RunOnVirtualThread;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.desist.conduct.gift.GiftEvent.Decision;
import org.desist.conduct.gift.GiftEvent.DonorType;
import org.desist.conduct.gift.GiftEvent.GiftOfferDeclined;
import org.desist.conduct.gift.GiftEvent.GiftOfferRecorded;
import org.desist.conduct.staff.ActingFor;
import org.desist.conduct.staff.StaffMember;
import org.desist.conduct.staff.StaffRegister;
import org.desist.eventstore.UuidV7;
import org.desist.eventstore.command.CommandHandler;
import org.desist.eventstore.command.EventCodec;
import org.desist.eventstore.http.CurrentActor;
import org.desist.eventstore.http.Problem;
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

    @Schema(example = "{\"staffId\": \"officer\", \"donorType\": \"SERVICE_USER\", \"crn\": \"K123456\", "
            + "\"description\": \"box of chocolates\", \"value\": 12.50, \"offeredAt\": \"2026-11-20T15:00:00Z\", "
            + "\"decision\": \"DECLINED\"}")
    public record RecordGift(@NotBlank @Size(max = 100) String staffId, @NotNull DonorType donorType,
            Optional<@Pattern(regexp = "[A-Z][0-9]{6}", message = "must be a CRN: a letter and six digits") String> crn,
            @NotBlank @Size(max = 2_000) String description, @NotNull @DecimalMin("0") BigDecimal value,
            @NotNull @PastOrPresent Instant offeredAt, @NotNull Decision decision) {

        public RecordGift {
            crn = crn == null ? Optional.empty() : crn;
        }
    }

    private final CommandHandler commands;
    private final ActingFor actingFor;
    private final CurrentActor actor;
    private final StaffRegister register;
    private final GiftRules rules;
    private final EventCodec codec;

    GiftResource(CommandHandler commands, ActingFor actingFor, CurrentActor actor, StaffRegister register, GiftRules rules,
            EventCodec codec) {
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
    @Operation(summary = "Record a gift or hospitality offered; from a person on probation it is never accepted: "
            + "accepting is refused (409) and the offer is recorded as declined (002_d7d6c09e19b6ddeb.txt 7.4)")
    @ReadsProjection("staff")
    public Response record(@NotNull @Valid RecordGift request) {
        actingFor.check(request.staffId());
        UUID id = UuidV7.next();
        Optional<String> manager = Optional.ofNullable(register.member(request.staffId()).lineManager);
        List<GiftEvent> offered = Gifts.offer(id, request, rules.nominalValue(), manager);
        commands.startOrUpdate(StaffMember.stream(request.staffId()), Gifts.AGGREGATE, gifts -> offered,
                actor.metadata());
        return switch (offered.getFirst()) {
            case GiftOfferDeclined declined when declined.acceptanceRefused() -> Problem.of(Response.Status.CONFLICT,
                    "gift-from-service-user", "A gift from a service user is never accepted", "the offer is recorded as "
                            + "declined (offer " + id + ") and goes on " + declined.crn() + "'s contact log")
                    .withField("decision", "DECLINED for a service user's gift")
                    .withSource("002_d7d6c09e19b6ddeb.txt 7.4").toResponse();
            case GiftOfferDeclined declined ->
                    Response.status(Response.Status.CREATED).entity(Map.of("offerId", id, "status", "DECLINED")).build();
            case GiftOfferRecorded recorded -> Response.status(Response.Status.CREATED).entity(Map.of("offerId", id,
                    "status", recorded.awaitingLineManager() ? "AWAITING_LINE_MANAGER" : recorded.decision().name()))
                    .build();
        };
    }

    @GET
    @RolesAllowed({"board-secretary", "conduct-officer"})
    @Operation(summary = "The register of gifts and hospitality (002_d7d6c09e19b6ddeb.txt 7.4)")
    @ReadsProjection("gift-register")
    public List<GiftRecord> register() {
        return GiftRecord.list("order by offeredAt desc");
    }

}

package org.desist.cases.victim;

import io.smallrye.common.annotation.RunOnVirtualThread;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.desist.cases.person.Crn;
import org.desist.cases.victim.VictimEvent.RestorativeJusticeReferralRefused;
import org.desist.eventstore.access.NeedToKnow;
import org.desist.eventstore.access.Part;
import org.desist.eventstore.UuidV7;
import org.desist.eventstore.command.Decision;
import org.desist.eventstore.command.EventCodec;
import org.desist.eventstore.http.CurrentActor;
import org.desist.eventstore.http.IfMatch;
import org.desist.eventstore.http.Problem;
import org.desist.eventstore.projection.ReadsProjection;
import org.desist.eventstore.http.Tagged;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** Victim contact: probation staff only; never the person on probation nor partner agencies. */
@Path("/people/{crn}/victims")
@Tag(name = "Victims and restorative justice")
@Produces(MediaType.APPLICATION_JSON)
@RunOnVirtualThread
@RolesAllowed({"probation-officer", "senior-probation-officer"})
@ReadsProjection("people")
@NeedToKnow(Part.VICTIMS)
public class VictimResource {

    @org.eclipse.microprofile.openapi.annotations.media.Schema(example = "{\"name\": \"J. Smith\", \"contactDetails\": \"via the victim liaison unit\", \"optedIntoContactScheme\": true}")
    public record RegisterVictim(@NotBlank @Size(max = 200) String name, @NotBlank @Size(max = 1_000) String contactDetails,
            @NotNull Boolean optedIntoContactScheme) {
    }

    @org.eclipse.microprofile.openapi.annotations.media.Schema(example = "{\"concern\": \"worried about meeting him in town\"}")
    public record Concern(@NotBlank @Size(max = 5_000) String concern) {
    }

    @org.eclipse.microprofile.openapi.annotations.media.Schema(example = "{\"action\": \"exclusion zone requested as a licence condition\"}")
    public record Action(@NotBlank @Size(max = 5_000) String action) {
    }

    @org.eclipse.microprofile.openapi.annotations.media.Schema(example = "{\"consents\": true}")
    public record Consent(@NotNull Boolean consents) {
    }

    @org.eclipse.microprofile.openapi.annotations.media.Schema(example = "{\"value\": true, \"notes\": \"no contact since the offence\"}")
    public record Finding(@NotNull Boolean value, @NotBlank @Size(max = 5_000) String notes) {
    }

    @org.eclipse.microprofile.openapi.annotations.media.Schema(example = "{\"sentOn\": \"2026-12-20\"}")
    public record Sent(@NotNull @PastOrPresent LocalDate sentOn) {
    }

    private final VictimWork victims;
    private final CurrentActor actor;
    private final EventCodec codec;

    VictimResource(VictimWork victims, CurrentActor actor, EventCodec codec) {
        this.victims = victims;
        this.actor = actor;
        this.codec = codec;
    }

    @GET
    @Operation(summary = "The victims connected with the case, notifications due, concerns and restorative justice; "
            + "asOf answers as it stood then")
    public VictimContact list(@PathParam("crn") @Pattern(regexp = Crn.PATTERN, message = Crn.MESSAGE) String crn,
            @jakarta.ws.rs.QueryParam("asOf") String asOfText) {
        return org.desist.eventstore.http.AsOf.parse(asOfText).map(asOf -> victims.load(crn, asOf))
                .orElseGet(() -> victims.load(crn));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Register a victim for victim contact: the case must be eligible (a custodial sentence of 12 "
            + "months or more for a violent or sexual offence, Domestic Violence, Crime and Victims Act 2004 s.35)")
    @APIResponse(responseCode = "201", description = "Registered; the ETag is the version of the case's victim contact")
    @APIResponse(responseCode = "409", description = "Refused by `not-eligible-for-victim-contact`")
    public RestResponse<Map<String, UUID>> register(
            @PathParam("crn") @Pattern(regexp = Crn.PATTERN, message = Crn.MESSAGE) String crn,
            @HeaderParam("If-Match") String ifMatch, @NotNull @Valid RegisterVictim request) {
        victims.checkEligible(crn);
        UUID id = UuidV7.next();
        Decision written = victims.change(crn, IfMatch.parse(ifMatch), v -> List.of(new VictimEvent.VictimRegistered(id,
                request.name().strip(), request.contactDetails().strip(), request.optedIntoContactScheme())),
                actor.metadata());
        return Tagged.created(written.version(), Map.of("victimId", id));
    }

    @POST
    @Path("/{victimId}/concerns")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record a victim's concern (003)")
    @APIResponse(responseCode = "201", description = "Recorded")
    public RestResponse<Map<String, UUID>> concern(
            @PathParam("crn") @Pattern(regexp = Crn.PATTERN, message = Crn.MESSAGE) String crn,
            @PathParam("victimId") UUID victimId, @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid Concern request) {
        UUID id = UuidV7.next();
        Decision written = victims.change(crn, IfMatch.parse(ifMatch), v -> {
            v.victim(victimId);
            return List.of(new VictimEvent.ConcernRecorded(id, victimId, request.concern().strip()));
        }, actor.metadata());
        return Tagged.created(written.version(), Map.of("concernId", id));
    }

    @POST
    @Path("/concerns/{concernId}/action")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record what was done about a victim's concern")
    @APIResponse(responseCode = "201", description = "Recorded")
    @APIResponse(responseCode = "409", description = "Refused by `concern-already-actioned`")
    public RestResponse<Void> act(@PathParam("crn") @Pattern(regexp = Crn.PATTERN, message = Crn.MESSAGE) String crn,
            @PathParam("concernId") UUID concernId, @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid Action request) {
        return Tagged.created(victims.change(crn, IfMatch.parse(ifMatch), v -> v.actionConcern(concernId,
                request.action()), actor.metadata()).version());
    }

    @POST
    @Path("/notifications/{notificationId}/sent")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record that a notification due to a victim was sent")
    @APIResponse(responseCode = "201", description = "Recorded")
    @APIResponse(responseCode = "409", description = "Refused by `notification-already-sent`")
    public RestResponse<Void> sent(@PathParam("crn") @Pattern(regexp = Crn.PATTERN, message = Crn.MESSAGE) String crn,
            @PathParam("notificationId") UUID notificationId, @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid Sent request) {
        return Tagged.created(victims.change(crn, IfMatch.parse(ifMatch),
                v -> v.notificationSent(notificationId, request.sentOn()), actor.metadata()).version());
    }

    @POST
    @Path("/{victimId}/restorative-justice/consent")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record the victim's consent (or not) to restorative justice (000_c72660e7df92b92e.txt 5.2)")
    @APIResponse(responseCode = "201", description = "Recorded")
    public RestResponse<Void> consent(@PathParam("crn") @Pattern(regexp = Crn.PATTERN, message = Crn.MESSAGE) String crn,
            @PathParam("victimId") UUID victimId, @HeaderParam("If-Match") String ifMatch, @NotNull @Valid Consent request) {
        return Tagged.created(victims.change(crn, IfMatch.parse(ifMatch), v -> {
            v.victim(victimId);
            return List.of(new VictimEvent.RestorativeJusticeConsentRecorded(victimId, request.consents()));
        }, actor.metadata()).version());
    }

    @POST
    @Path("/{victimId}/safety-check")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record a safety check for restorative justice (000_c72660e7df92b92e.txt 5.3)")
    @APIResponse(responseCode = "201", description = "Recorded")
    public RestResponse<Void> safetyCheck(@PathParam("crn") @Pattern(regexp = Crn.PATTERN, message = Crn.MESSAGE) String crn,
            @PathParam("victimId") UUID victimId, @HeaderParam("If-Match") String ifMatch, @NotNull @Valid Finding request) {
        return Tagged.created(victims.change(crn, IfMatch.parse(ifMatch), v -> {
            v.victim(victimId);
            return List.of(new VictimEvent.SafetyCheckRecorded(victimId, request.value(), request.notes().strip()));
        }, actor.metadata()).version());
    }

    @POST
    @Path("/{victimId}/repeat-victimisation-risk")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record whether a risk of repeat victimisation is present (000_c72660e7df92b92e.txt 5.3)")
    @APIResponse(responseCode = "201", description = "Recorded")
    public RestResponse<Void> repeatRisk(@PathParam("crn") @Pattern(regexp = Crn.PATTERN, message = Crn.MESSAGE) String crn,
            @PathParam("victimId") UUID victimId, @HeaderParam("If-Match") String ifMatch, @NotNull @Valid Finding request) {
        return Tagged.created(victims.change(crn, IfMatch.parse(ifMatch), v -> {
            v.victim(victimId);
            return List.of(new VictimEvent.RepeatVictimisationRiskRecorded(victimId, request.value(), request.notes().strip()));
        }, actor.metadata()).version());
    }

    @POST
    @Path("/{victimId}/restorative-justice/referrals")
    @Operation(summary = "Refer for restorative justice: needs consent and a safety check, refused while a risk of "
            + "repeat victimisation is recorded (000_c72660e7df92b92e.txt 5.2, 5.3); a refusal is recorded and answered 409")
    @APIResponse(responseCode = "201", description = "Referred")
    @APIResponse(responseCode = "409", description = "Refused, and the refusal recorded (the ETag moves on): "
            + "`victim-consent-required`, `safety-check-required` or `repeat-victimisation-risk`")
    public Response refer(@PathParam("crn") @Pattern(regexp = Crn.PATTERN, message = Crn.MESSAGE) String crn,
            @PathParam("victimId") UUID victimId, @HeaderParam("If-Match") String ifMatch) {
        UUID id = UuidV7.next();
        Decision decision = victims.change(crn, IfMatch.parse(ifMatch), v -> v.referForRestorativeJustice(victimId, id),
                actor.metadata());
        Response answer = decision.events().stream()
                .map(stored -> codec.decode(stored, VictimEvent.class).orElseThrow())
                .filter(RestorativeJusticeReferralRefused.class::isInstance).map(RestorativeJusticeReferralRefused.class::cast)
                .findFirst()
                .map(refused -> Problem.of(Response.Status.CONFLICT, refused.rule(), "Restorative justice referral refused",
                        refused.reason() + "; the refusal is recorded").withField(null, refused.rule())
                        .withSource("000_c72660e7df92b92e.txt 5.2-5.3").toResponse())
                .orElseGet(() -> Response.status(Response.Status.CREATED).entity(Map.of("referralId", id)).build());
        return Response.fromResponse(answer).tag(Tagged.tag(decision.version())).build();
    }
}

package org.desist.eventstore.subjectaccess;

import io.smallrye.common.annotation.RunOnVirtualThread;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.desist.eventstore.access.NeedToKnowGuard;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The service's part of a person's subject access request (UK GDPR art. 15), in the contract UK probation services
 * answer: 200 with the data under {@code content}, 204 when the person is known but nothing is held in the period,
 * 209 when the person is not known here at all.
 */
@Path("/subject-access-request")
@Tag(name = "Subject access")
@RunOnVirtualThread
@Produces(MediaType.APPLICATION_JSON)
public class SubjectAccessResource {

    /** Not a standard status: the contract's "this service does not know the person". */
    public static final int NOT_KNOWN = 209;

    private final SubjectAccess subjectAccess;
    private final NeedToKnowGuard guard;

    SubjectAccessResource(SubjectAccess subjectAccess, NeedToKnowGuard guard) {
        this.subjectAccess = subjectAccess;
        this.guard = guard;
    }

    @GET
    @RolesAllowed("auditor")
    @Operation(summary = "Everything this service holds about a person, for their subject access request",
            description = "Records in the period (by the day recorded, in London, both dates included), with staff by "
                    + "role and team and third parties withheld, and every read of the person's record (the access "
                    + "log). The request itself is recorded in the access log.")
    @APIResponse(responseCode = "200", description = "What is held, under content", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SubjectAccessContent.Answer.class)))
    @APIResponse(responseCode = "204", description = "The person is known here, but nothing is held in the period")
    @APIResponse(responseCode = "209", description = "The person is not known to this service")
    public Response answer(
            @Parameter(description = "The person's CRN", example = "X123456") @QueryParam("crn") String crn,
            @Parameter(description = "First day, e.g. 2026-01-01 (open if left out)") @QueryParam("fromDate") String fromDate,
            @Parameter(description = "Last day, included (open if left out)") @QueryParam("toDate") String toDate) {
        SubjectAccessPeriod period = SubjectAccessPeriod.parse(crn, fromDate, toDate);
        return switch (subjectAccess.answer(period, guard.reader(), "GET /subject-access-request")) {
            case SubjectAccess.Outcome.Held held -> Response.ok(new SubjectAccessContent.Answer(held.content())).build();
            case SubjectAccess.Outcome.NothingHeld nothing -> Response.noContent().build();
            case SubjectAccess.Outcome.NotKnown unknown -> Response.status(NOT_KNOWN).build();
        };
    }
}

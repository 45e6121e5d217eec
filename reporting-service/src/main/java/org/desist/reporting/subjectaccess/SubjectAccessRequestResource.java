package org.desist.reporting.subjectaccess;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.common.annotation.RunOnVirtualThread;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.desist.eventstore.access.Access;
import org.desist.eventstore.access.AccessLog;
import org.desist.eventstore.access.NeedToKnowGuard;
import org.desist.eventstore.access.Part;
import org.desist.eventstore.access.Reader;
import org.desist.eventstore.command.Versioned;
import org.desist.eventstore.http.CurrentActor;
import org.desist.eventstore.http.IfMatch;
import org.desist.eventstore.http.NotFound;
import org.desist.eventstore.http.Tagged;
import org.desist.eventstore.subjectaccess.SubjectAccess;
import org.desist.eventstore.subjectaccess.SubjectAccessPeriod;
import org.desist.reporting.subjectaccess.SubjectAccessEvent.Requester;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * Subject access requests (UK GDPR art. 15): the person asks for everything held about them, or an auditor asks on
 * their behalf; the parts are gathered from every service, then read as one PDF or one JSON document. The person on
 * probation sees only their own requests: any other is not found.
 */
@Path("/subject-access-requests")
@Tag(name = "Subject access requests")
@Produces(MediaType.APPLICATION_JSON)
@RunOnVirtualThread
public class SubjectAccessRequestResource {

    static final String PDF = "application/pdf";

    @Schema(example = "{\"crn\": \"X000001\"}")
    public record Ask(@NotNull @Pattern(regexp = SubjectAccessPeriod.CRN, message = "must be a CRN: a letter and six "
            + "digits") String crn) {
    }

    public record Opened(UUID requestId) {
    }

    private final SubjectAccessRequests requests;
    private final CurrentActor actor;
    private final SecurityIdentity identity;
    private final NeedToKnowGuard guard;
    private final AccessLog log;

    SubjectAccessRequestResource(SubjectAccessRequests requests, CurrentActor actor, SecurityIdentity identity,
            NeedToKnowGuard guard, AccessLog log) {
        this.requests = requests;
        this.actor = actor;
        this.identity = identity;
        this.guard = guard;
        this.log = log;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Reader.AUDITOR, Reader.PERSON_ON_PROBATION})
    @Operation(summary = "Ask for everything held about a person: the person themself (their own CRN), or an auditor "
            + "on their behalf. The parts are gathered in the background; answered within one month by law")
    @APIResponse(responseCode = "201", description = "Opened: follow its progress at the Location")
    public RestResponse<Opened> open(@NotNull @Valid Ask ask) {
        boolean auditor = identity.hasRole(Reader.AUDITOR);
        if (!auditor) {
            ownRecord(ask.crn());
        }
        Versioned<UUID> opened = requests.open(ask.crn(), auditor ? Requester.AUDITOR_ON_BEHALF : Requester.PERSON,
                actor.metadata());
        return Tagged.created(URI.create("/subject-access-requests/" + opened.value()), opened.version(),
                new Opened(opened.value()));
    }

    @GET
    @RolesAllowed(Reader.AUDITOR)
    @Operation(summary = "Subject access requests, newest first (at most 1,000); ?overdue=true: those not assembled "
            + "within the service's target (desist.subject-access-requests.assemble-within, 12 hours by default)")
    public List<SubjectAccessRequestsProjection.Summary> list(@QueryParam("overdue") boolean overdue) {
        return requests.list(overdue);
    }

    @GET
    @Path("/{requestId}")
    @RolesAllowed({Reader.AUDITOR, Reader.PERSON_ON_PROBATION})
    @Operation(summary = "A request's progress: PENDING, COMPLETE or FAILED, and which service answered what")
    public RestResponse<SubjectAccessView> one(@PathParam("requestId") UUID requestId) {
        Versioned<SubjectAccessRequest> request = readable(requestId);
        return Tagged.ok(request.version(), SubjectAccessView.of(request.value(), Instant.now()));
    }

    @POST
    @Path("/{requestId}/retry")
    @RolesAllowed({Reader.AUDITOR, Reader.PERSON_ON_PROBATION})
    @Operation(summary = "Gather again only the parts of a FAILED request that failed: the auditor, or the person for "
            + "their own request. If-Match: the ETag last read; a request not FAILED is a 409 `request-not-failed`")
    @APIResponse(responseCode = "202", description = "Pending again: follow its progress as before")
    @APIResponse(responseCode = "409", description = "`request-not-failed`, or `stale-version` when If-Match is stale")
    public RestResponse<SubjectAccessView> retry(@PathParam("requestId") UUID requestId,
            @HeaderParam("If-Match") String ifMatch) {
        readable(requestId);
        Versioned<SubjectAccessRequest> retried = requests.retry(requestId, IfMatch.parse(ifMatch), actor.metadata());
        return Tagged.accepted(retried.version(), SubjectAccessView.of(retried.value(), Instant.now()));
    }

    @GET
    @Path("/{requestId}/document")
    @Produces(PDF)
    @RolesAllowed({Reader.AUDITOR, Reader.PERSON_ON_PROBATION})
    @Operation(summary = "Everything gathered, as one PDF: each service's records, who viewed the record, what was "
            + "withheld and why")
    @APIResponse(responseCode = "200", description = "The document", content = @Content(mediaType = PDF))
    @APIResponse(responseCode = "409", description = "`request-not-complete`")
    @APIResponse(responseCode = "410", description = "`erased`: the gathered data was erased, and when it was")
    public RestResponse<byte[]> document(@PathParam("requestId") UUID requestId) {
        SubjectAccessRequest request = complete(requestId, "document");
        return RestResponse.ResponseBuilder.ok(SubjectAccessDocument.render(request, requests.contents(request)), PDF)
                .header("Content-Disposition", "attachment; filename=\"subject-access-" + requestId + ".pdf\"").build();
    }

    @GET
    @Path("/{requestId}/data")
    @RolesAllowed({Reader.AUDITOR, Reader.PERSON_ON_PROBATION})
    @Operation(summary = "Everything gathered, as one JSON document: each service's part as it answered")
    @APIResponse(responseCode = "409", description = "`request-not-complete`")
    @APIResponse(responseCode = "410", description = "`erased`: the gathered data was erased, and when it was")
    public SubjectAccessView.Data data(@PathParam("requestId") UUID requestId) {
        SubjectAccessRequest request = complete(requestId, "data");
        return SubjectAccessView.data(request, requests.contents(request));
    }

    @DELETE
    @Path("/{requestId}")
    @RolesAllowed(Reader.AUDITOR)
    @Operation(summary = "Erase a finished request's gathered data (its data key is destroyed); the record of the "
            + "request — who asked, when, which parts answered what, and when it was erased — remains. Data is also "
            + "erased by itself desist.subject-access-requests.keep-for (30 days by default) after the request finished")
    @APIResponse(responseCode = "204", description = "Erased: the document and data now answer 410")
    @APIResponse(responseCode = "409", description = "`request-still-gathering`")
    @APIResponse(responseCode = "410", description = "`erased`: already erased, and when it was")
    public RestResponse<Void> erase(@PathParam("requestId") UUID requestId, @HeaderParam("If-Match") String ifMatch) {
        return Tagged.noContent(requests.erase(requestId, IfMatch.parse(ifMatch), actor.metadata()));
    }

    /** The whole of the person's data is read: that read is recorded as any other read of their record. */
    private SubjectAccessRequest complete(UUID requestId, String what) {
        SubjectAccessRequest request = readable(requestId).value();
        request.mustBeComplete();
        log.record(guard.reader(), request.crn(), Part.HISTORY, "GET /subject-access-requests/" + requestId + "/" + what,
                new Access.Granted(SubjectAccess.BASIS, Optional.empty()));
        return request;
    }

    private Versioned<SubjectAccessRequest> readable(UUID requestId) {
        Versioned<SubjectAccessRequest> request = requests.load(requestId);
        if (!identity.hasRole(Reader.AUDITOR) && !mine(request.value().crn())) {
            throw new NotFound("no subject access request " + requestId + " is known to you");
        }
        return request;
    }

    private void ownRecord(String crn) {
        if (!mine(crn)) {
            throw new NotFound("no person " + crn + " is known to you: ask for your own record, by your own CRN");
        }
    }

    private boolean mine(String crn) {
        return guard.reader().crn().filter(crn::equals).isPresent();
    }
}

package org.desist.eventstore.audit;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.smallrye.common.annotation.RunOnVirtualThread;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Every service answers for the integrity of its own log, to auditors. */
@Path("/admin/audit")
@Tag(name = "Audit")
public class AuditResource {

    /** The answer of {@code GET /admin/audit/verify}; {@code firstInvalidPosition} is null when the log is intact. */
    public record VerifyResponse(boolean valid, long checked,
            @JsonInclude(JsonInclude.Include.ALWAYS) Long firstInvalidPosition,
            @JsonInclude(JsonInclude.Include.NON_NULL) String problem) {
    }

    private final AuditVerifier verifier;

    AuditResource(AuditVerifier verifier) {
        this.verifier = verifier;
    }

    @GET
    @Path("/verify")
    @RolesAllowed("auditor")
    @RunOnVirtualThread
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Walk the whole event log and check its hash chain",
            description = "Reports the first changed, removed or reordered event by its position.")
    public VerifyResponse verify() {
        Verification result = verifier.verify();
        return new VerifyResponse(result.valid(), result.checked(), result.firstInvalidPosition().orElse(null),
                result.problem().orElse(null));
    }
}

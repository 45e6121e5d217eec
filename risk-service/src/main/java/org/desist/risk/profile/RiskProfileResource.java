package org.desist.risk.profile;

import io.smallrye.common.annotation.RunOnVirtualThread;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.desist.eventstore.access.NeedToKnow;
import org.desist.eventstore.access.Part;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/people/{crn}/risk-profile")
@NeedToKnow(Part.RISK)
@Tag(name = "Risk profiles")
@Produces(MediaType.APPLICATION_JSON)
@RunOnVirtualThread
public class RiskProfileResource {

    private final RiskProfiles profiles;

    RiskProfileResource(RiskProfiles profiles) {
        this.profiles = profiles;
    }

    @GET
    @RolesAllowed({"probation-officer", "senior-probation-officer", "auditor"})
    @Operation(summary = "The facts risk-service holds about a person, from case-service's events",
            description = "404 until the person's registration has arrived through Kafka.")
    public RiskProfile profile(@PathParam("crn") @Pattern(regexp = "[A-Z][0-9]{6}",
            message = "must be a CRN: a letter and six digits") String crn) {
        return profiles.of(crn);
    }
}

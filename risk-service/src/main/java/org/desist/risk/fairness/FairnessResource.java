package org.desist.risk.fairness;

import io.smallrye.common.annotation.RunOnVirtualThread;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import org.desist.eventstore.projection.ReadsProjection;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/fairness")
@Tag(name = "Fairness monitoring")
@Produces(MediaType.APPLICATION_JSON)
@RunOnVirtualThread
public class FairnessResource {

    private final FairnessMonitoring monitoring;

    FairnessResource(FairnessMonitoring monitoring) {
        this.monitoring = monitoring;
    }

    @GET
    @RolesAllowed({"auditor", "senior-probation-officer"})
    @Operation(summary = "By sex, ethnicity and age band: RoSH, tier and OGRS3 band distributions, override rates and "
            + "directions, each against the overall rate, with flags and OGRS3's calibration; small groups suppressed "
            + "(000_c72660e7df92b92e.txt 3.1, 8.4)")
    @ReadsProjection("fairness-subjects")
    public FairnessReport report() {
        return monitoring.report(LocalDate.now());
    }
}

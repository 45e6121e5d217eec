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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/fairness")
@Tag(name = "Fairness monitoring")
@Produces(MediaType.APPLICATION_JSON)
@RunOnVirtualThread
public class FairnessResource {

    private static final String EXAMPLE = """
            {"people": 1235, "minimumGroupSize": 10, "significantGroupSize": 100, "roundingBase": 5,
             "flagAbove": 1.25, "flagBelow": 0.8, "dimensions": {"ethnicity": [
              {"group": "O2", "suppressed": true},
              {"group": "O9", "suppressed": true},
              {"group": "W1", "suppressed": false, "count": 40, "significant": false,
               "distributions": {"rosh": {"HIGH": {"suppressed": false, "share": 0.55, "ratioToOverall": 1.38},
                                          "LOW": {"suppressed": true}, "MEDIUM": {"suppressed": true},
                                          "VERY_HIGH": {"suppressed": false, "share": 0.0, "ratioToOverall": 0.0}}},
               "overrides": {"TIER": {"rate": {"suppressed": false, "share": 0.0, "ratioToOverall": 0.0},
                                      "up": {"suppressed": false, "share": 0.0, "ratioToOverall": 0.0},
                                      "down": {"suppressed": false, "share": 0.0}}},
               "flags": ["rosh HIGH: 1.38 times the overall rate"],
               "oneYear": {"cohort": 25, "reconvicted": 0.4, "meanPredicted": 0.37}}]}}""";

    private final FairnessMonitoring monitoring;

    FairnessResource(FairnessMonitoring monitoring) {
        this.monitoring = monitoring;
    }

    @GET
    @RolesAllowed({"auditor", "senior-probation-officer"})
    @Operation(summary = "Fairness figures by sex, ethnicity and age band (000_c72660e7df92b92e.txt 3.1, 8.4)",
            description = "RoSH, tier and OGRS3 band distributions over the people assessed, override rates (every "
                    + "override countersigned, up and down) over the people calculated, each against the overall rate "
                    + "and flagged beyond flagAbove or flagBelow, and OGRS3's calibration over everyone whose first "
                    + "follow-up began a year (two years) ago, re-sentenced or not. Protected as official statistics "
                    + "are: a group or cell of fewer than minimumGroupSize people is suppressed and publishes no figure, "
                    + "nor does a second one suppressed beside it so that neither follows from totals; counts are "
                    + "rounded to a multiple of roundingBase; groups under significantGroupSize are marked "
                    + "significant: false.")
    @APIResponse(responseCode = "200", description = "The report; a suppressed group has only its name and suppressed: true",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FairnessReport.class),
                    examples = @ExampleObject(name = "suppressed and published groups", value = EXAMPLE)))
    @APIResponse(responseCode = "401", description = "No valid access token")
    @APIResponse(responseCode = "403", description = "Neither an auditor nor a senior probation officer")
    @ReadsProjection({"fairness-subjects", "fairness-predictions"})
    public FairnessReport report() {
        return monitoring.report(LocalDate.now());
    }
}

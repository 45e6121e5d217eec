package org.desist.risk.ogrs3;

import io.smallrye.common.annotation.RunOnVirtualThread;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/predictors/ogrs3")
@Tag(name = "Predictors")
@RunOnVirtualThread
public class Ogrs3Resource {

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({"probation-officer", "senior-probation-officer", "court-liaison", "auditor"})
    @Operation(summary = "Calculate OGRS3 exactly as published (shared/facts/OGRS3.md); stateless",
            description = "Every invalid input named by OGRS3.md is a 400 problem+json naming the field.")
    public Ogrs3Score calculate(@NotNull @Valid Ogrs3Request request) {
        OffenceCategory offence = OffenceResolution.resolve(request.offenceCategory(), request.offenceCode());
        return Ogrs3.calculate(new Ogrs3Inputs(request.sex(), request.dateOfBirth(), request.dateOfCurrentConviction(),
                request.dateOfStartOfFollowUp(), request.ageAtFirstSanction(), request.totalSanctions(), offence));
    }
}

package org.desist.conduct.staff;

import io.smallrye.common.annotation.RunOnVirtualThread;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/staff")
@Tag(name = "Staff register")
@Produces(MediaType.APPLICATION_JSON)
@RunOnVirtualThread
public class StaffResource {

    /** A member of staff as the register shows them. */
    public record StaffView(String staffId, String name, String role, Optional<String> team, Optional<String> lineManager) {

        static StaffView of(StaffRecord row) {
            return new StaffView(row.staffId, row.name, row.role, Optional.ofNullable(row.team),
                    Optional.ofNullable(row.lineManager));
        }
    }

    private final StaffRegister register;

    StaffResource(StaffRegister register) {
        this.register = register;
    }

    @GET
    @RolesAllowed({"conduct-officer", "chief-executive", "senior-probation-officer"})
    @Operation(summary = "The staff register")
    public List<StaffView> all() {
        return register.all().stream().map(StaffView::of).toList();
    }

    @GET
    @Path("/{staffId}")
    @RolesAllowed({"conduct-officer", "chief-executive", "senior-probation-officer"})
    @Operation(summary = "A member of staff")
    public StaffView one(@PathParam("staffId") String staffId) {
        return StaffView.of(register.member(staffId));
    }
}

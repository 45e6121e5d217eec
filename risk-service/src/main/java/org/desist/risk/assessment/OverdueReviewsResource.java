package org.desist.risk.assessment;

import io.agroal.api.AgroalDataSource;
import io.smallrye.common.annotation.RunOnVirtualThread;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.desist.eventstore.EventStoreFailure;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/reviews/overdue")
@Tag(name = "Risk assessment and tier")
@Produces(MediaType.APPLICATION_JSON)
@RunOnVirtualThread
public class OverdueReviewsResource {

    /** A reassessment past its due date. */
    public record OverdueReview(String crn, Optional<String> team, LocalDate dueBy, String reason) {
    }

    private final AgroalDataSource dataSource;

    OverdueReviewsResource(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    @GET
    @RolesAllowed({"probation-officer", "senior-probation-officer", "auditor"})
    @Operation(summary = "Reassessments past their due date, oldest first; ?team= keeps one team's")
    public List<OverdueReview> overdue(@QueryParam("team") @Size(max = 100) String team) {
        String sql = "SELECT d.crn, p.team, d.due_by, d.reason FROM reviews_due d LEFT JOIN risk_profiles p ON p.crn = d.crn "
                + "WHERE d.due_by < CURRENT_DATE AND (CAST(? AS TEXT) IS NULL OR p.team = ?) ORDER BY d.due_by, d.crn";
        try (Connection connection = dataSource.getConnection(); PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, team);
            query.setString(2, team);
            List<OverdueReview> overdue = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    overdue.add(new OverdueReview(rows.getString(1), Optional.ofNullable(rows.getString(2)),
                            rows.getDate(3).toLocalDate(), rows.getString(4)));
                }
            }
            return overdue;
        } catch (SQLException e) {
            throw new EventStoreFailure("could not list overdue reviews", e);
        }
    }
}

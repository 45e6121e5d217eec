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
import java.util.UUID;
import org.desist.eventstore.access.NeedToKnowGuard;
import org.desist.eventstore.access.Part;
import org.desist.eventstore.EventStoreFailure;
import org.desist.eventstore.projection.ReadsProjection;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/reviews/overdue")
@Tag(name = "Risk assessment and tier")
@Produces(MediaType.APPLICATION_JSON)
@RunOnVirtualThread
public class OverdueReviewsResource {

    /** What is reviewed: the risk assessment, or a registration (with its id). */
    public enum Kind { REASSESSMENT, REGISTRATION }

    /** A reassessment or a registration review past its date. */
    public record OverdueReview(String crn, Optional<String> team, Kind kind, LocalDate dueBy, String reason,
            Optional<UUID> registrationId) {
    }

    private final AgroalDataSource dataSource;
    private final NeedToKnowGuard needToKnow;

    OverdueReviewsResource(AgroalDataSource dataSource, NeedToKnowGuard needToKnow) {
        this.dataSource = dataSource;
        this.needToKnow = needToKnow;
    }

    @GET
    @RolesAllowed({"probation-officer", "senior-probation-officer", "auditor"})
    @Operation(summary = "Reassessments and registration reviews past their date, oldest first; ?team= keeps one team's")
    @ReadsProjection({"reviews-due", "registration-reviews"})
    public List<OverdueReview> overdue(@QueryParam("team") @Size(max = 100) String team) {
        String sql = "WITH due AS (SELECT crn, due_by, reason, 'REASSESSMENT' AS kind, NULL::uuid AS registration_id "
                + "FROM reviews_due UNION ALL SELECT crn, review_date, 'the ' || type || ' registration is due for review', "
                + "'REGISTRATION', registration_id FROM registration_reviews) "
                + "SELECT d.crn, p.team, d.kind, d.due_by, d.reason, d.registration_id FROM due d "
                + "LEFT JOIN risk_profiles p ON p.crn = d.crn "
                + "WHERE d.due_by < CURRENT_DATE AND (CAST(? AS TEXT) IS NULL OR p.team = ?) ORDER BY d.due_by, d.crn";
        try (Connection connection = dataSource.getConnection(); PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, team);
            query.setString(2, team);
            List<OverdueReview> overdue = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    overdue.add(new OverdueReview(rows.getString(1), Optional.ofNullable(rows.getString(2)),
                            Kind.valueOf(rows.getString(3)), rows.getDate(4).toLocalDate(), rows.getString(5),
                            Optional.ofNullable(rows.getObject(6, UUID.class))));
                }
            }
            return needToKnow.visible(overdue, OverdueReview::crn, Part.RISK_SUMMARY);
        } catch (SQLException e) {
            throw new EventStoreFailure("could not list overdue reviews", e);
        }
    }
}

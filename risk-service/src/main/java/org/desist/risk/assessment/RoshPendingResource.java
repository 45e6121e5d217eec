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
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.desist.eventstore.access.NeedToKnowGuard;
import org.desist.eventstore.access.Part;
import org.desist.eventstore.EventStoreFailure;
import org.desist.risk.tier.RoshLevel;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/rosh/pending")
@Tag(name = "Risk assessment and tier")
@Produces(MediaType.APPLICATION_JSON)
@RunOnVirtualThread
public class RoshPendingResource {

    /** A RoSH assessment a senior officer may countersign (not the assessor: 000_c72660e7df92b92e.txt 8.5). */
    public record PendingAssessment(String crn, Optional<String> team, UUID assessmentId, RoshLevel overallLevel,
            String assessedBy, Instant assessedAt, String rationale) {
    }

    private final AgroalDataSource dataSource;
    private final NeedToKnowGuard needToKnow;

    RoshPendingResource(AgroalDataSource dataSource, NeedToKnowGuard needToKnow) {
        this.dataSource = dataSource;
        this.needToKnow = needToKnow;
    }

    @GET
    @RolesAllowed("senior-probation-officer")
    @Operation(summary = "RoSH assessments awaiting a senior officer's countersignature, oldest first; ?team= keeps "
            + "one team's")
    public List<PendingAssessment> pending(@QueryParam("team") @Size(max = 100) String team) {
        String sql = "SELECT r.crn, p.team, r.assessment_id, r.overall_level, r.assessed_by, r.assessed_at, r.rationale "
                + "FROM rosh_pending r LEFT JOIN risk_profiles p ON p.crn = r.crn "
                + "WHERE CAST(? AS TEXT) IS NULL OR p.team = ? ORDER BY r.assessed_at, r.crn";
        try (Connection connection = dataSource.getConnection(); PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, team);
            query.setString(2, team);
            List<PendingAssessment> pending = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    pending.add(new PendingAssessment(rows.getString(1), Optional.ofNullable(rows.getString(2)),
                            rows.getObject(3, UUID.class), RoshLevel.valueOf(rows.getString(4)), rows.getString(5),
                            rows.getTimestamp(6).toInstant(), rows.getString(7)));
                }
            }
            return needToKnow.visible(pending, PendingAssessment::crn, Part.RISK);
        } catch (SQLException e) {
            throw new EventStoreFailure("could not list RoSH assessments awaiting countersignature", e);
        }
    }
}

package org.desist.cases.allocation;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.desist.eventstore.EventStoreFailure;

/** What conduct-service's events have said about members of staff, kept for allocation decisions. */
@ApplicationScoped
public class StaffConductFacts {

    private final AgroalDataSource dataSource;
    private final org.desist.eventstore.projection.ReadModelSql sql;

    StaffConductFacts(AgroalDataSource dataSource, org.desist.eventstore.projection.ReadModelSql sql) {
        this.dataSource = dataSource;
        this.sql = sql;
    }

    public Allocation.StaffConduct about(String staffId, String crn) {
        Optional<String> relationship = first("SELECT relationship FROM staff_relationships WHERE staff_id = ? AND crn = ?",
                staffId, crn);
        boolean withdrawn = first("SELECT staff_id FROM staff_safeguarding_withdrawals WHERE staff_id = ?", staffId)
                .isPresent();
        return new Allocation.StaffConduct(relationship, withdrawn);
    }

    void relationshipDeclared(String staffId, String crn, String relationship, Instant declaredAt) {
        sql.update("INSERT INTO staff_relationships (staff_id, crn, relationship, declared_at) VALUES (?, ?, ?, ?) "
                + "ON CONFLICT (staff_id, crn) DO UPDATE SET relationship = excluded.relationship, "
                + "declared_at = excluded.declared_at", staffId, crn, relationship, Timestamp.from(declaredAt));
    }

    void safeguardingWithdrawn(String staffId, Instant withdrawnAt) {
        sql.update("INSERT INTO staff_safeguarding_withdrawals (staff_id, withdrawn_at) VALUES (?, ?) "
                + "ON CONFLICT (staff_id) DO NOTHING", staffId, Timestamp.from(withdrawnAt));
    }

    List<String> casesAllocatedTo(String staffId) {
        return AllocationRecord.<AllocationRecord>list("staffId", staffId).stream().map(row -> row.crn).toList();
    }

    private Optional<String> first(String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement query = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setObject(i + 1, parameters[i]);
            }
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? Optional.of(row.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new EventStoreFailure("could not read the staff conduct facts", e);
        }
    }

}

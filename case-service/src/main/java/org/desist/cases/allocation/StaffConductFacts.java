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

    public Allocation.StaffConduct about(String staffId, String team, String crn) {
        Optional<String> relationship = first("SELECT relationship FROM staff_relationships WHERE staff_id = ? AND crn = ?",
                staffId, crn);
        boolean withdrawn = first("SELECT staff_id FROM staff_safeguarding_withdrawals WHERE staff_id = ?", staffId)
                .isPresent();
        boolean teamExists = first("SELECT team FROM staff_register WHERE team = ? AND left_on IS NULL LIMIT 1", team)
                .isPresent();
        return new Allocation.StaffConduct(member(staffId), teamExists, relationship, withdrawn);
    }

    /** The member of staff as the register last said, if it ever named them. */
    public Optional<Allocation.StaffMember> member(String staffId) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement query = connection.prepareStatement(
                "SELECT team, left_on FROM staff_register WHERE staff_id = ?")) {
            query.setString(1, staffId);
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                return Optional.of(new Allocation.StaffMember(staffId, Optional.ofNullable(row.getString(1)),
                        Optional.ofNullable(row.getObject(2, java.time.LocalDate.class))));
            }
        } catch (SQLException e) {
            throw new EventStoreFailure("could not read the staff register", e);
        }
    }

    void staffMemberJoined(String staffId, Optional<String> team, Instant at) {
        sql.update("INSERT INTO staff_register (staff_id, team, left_on, updated_at) VALUES (?, ?, NULL, ?) "
                + "ON CONFLICT (staff_id) DO UPDATE SET team = excluded.team, left_on = NULL, "
                + "updated_at = excluded.updated_at", staffId, team.orElse(null), Timestamp.from(at));
    }

    void staffMemberMoved(String staffId, Optional<String> team, Instant at) {
        sql.update("INSERT INTO staff_register (staff_id, team, left_on, updated_at) VALUES (?, ?, NULL, ?) "
                + "ON CONFLICT (staff_id) DO UPDATE SET team = excluded.team, updated_at = excluded.updated_at",
                staffId, team.orElse(null), Timestamp.from(at));
    }

    void staffMemberLeft(String staffId, java.time.LocalDate leftOn, Instant at) {
        sql.update("INSERT INTO staff_register (staff_id, team, left_on, updated_at) VALUES (?, NULL, ?, ?) "
                + "ON CONFLICT (staff_id) DO UPDATE SET left_on = excluded.left_on, updated_at = excluded.updated_at",
                staffId, java.sql.Date.valueOf(leftOn), Timestamp.from(at));
    }

    public void relationshipDeclared(String staffId, String crn, String relationship, Instant declaredAt) {
        sql.update("INSERT INTO staff_relationships (staff_id, crn, relationship, declared_at) VALUES (?, ?, ?, ?) "
                + "ON CONFLICT (staff_id, crn) DO UPDATE SET relationship = excluded.relationship, "
                + "declared_at = excluded.declared_at", staffId, crn, relationship, Timestamp.from(declaredAt));
    }

    public void relationshipEnded(String staffId, String crn) {
        sql.update("DELETE FROM staff_relationships WHERE staff_id = ? AND crn = ?", staffId, crn);
    }

    public void safeguardingReinstated(String staffId) {
        sql.update("DELETE FROM staff_safeguarding_withdrawals WHERE staff_id = ?", staffId);
    }

    public void safeguardingWithdrawn(String staffId, Instant withdrawnAt) {
        sql.update("INSERT INTO staff_safeguarding_withdrawals (staff_id, withdrawn_at) VALUES (?, ?) "
                + "ON CONFLICT (staff_id) DO NOTHING", staffId, Timestamp.from(withdrawnAt));
    }

    public List<String> casesAllocatedTo(String staffId) {
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

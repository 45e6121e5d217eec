package org.desist.eventstore.projection;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import org.desist.eventstore.EventStoreFailure;

/**
 * Statements against a read model's table, in the caller's transaction: what projections written in SQL share. Plain
 * SQL rather than JPQL: a JPQL update flushes everything the session holds first, once per event on a replay.
 */
@ApplicationScoped
public class ReadModelSql {

    private final AgroalDataSource dataSource;

    ReadModelSql(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Runs an INSERT, UPDATE or DELETE with its parameters in order; answers the rows it changed. */
    public int update(String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new EventStoreFailure("could not update a read model: " + e.getMessage(), e);
        }
    }

    /** Runs one INSERT, UPDATE or DELETE for each row of parameters, in one JDBC batch: a page of a replay. */
    public void batch(String sql, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (Object[] parameters : rows) {
                for (int i = 0; i < parameters.length; i++) {
                    statement.setObject(i + 1, parameters[i]);
                }
                statement.addBatch();
            }
            statement.executeBatch();
        } catch (SQLException e) {
            throw new EventStoreFailure("could not update a read model: " + e.getMessage(), e);
        }
    }
}

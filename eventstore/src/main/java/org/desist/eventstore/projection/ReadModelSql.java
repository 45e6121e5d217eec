package org.desist.eventstore.projection;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.desist.eventstore.EventStoreFailure;

/** One statement against a read model's table, in the caller's transaction: what projections written in SQL share. */
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
}

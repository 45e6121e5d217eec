package org.desist.eventstore.consume;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;
import org.desist.eventstore.EventStoreFailure;
import org.jboss.logging.Logger;

/**
 * Runs a consumed event's effect at most once per consumer: the event id is recorded in the same transaction as
 * the effect, so a redelivered event (Kafka delivers at least once) changes nothing, and an effect that fails leaves
 * no record, so the event is tried again.
 */
@ApplicationScoped
public class IdempotentConsumer {

    private static final Logger LOG = Logger.getLogger(IdempotentConsumer.class);

    private final AgroalDataSource dataSource;

    IdempotentConsumer(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Answers true when the effect ran, false when this consumer had already handled the event. */
    @Transactional
    public boolean once(String consumer, UUID eventId, Runnable effect) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement record = connection.prepareStatement(
                        "INSERT INTO consumed_events (consumer, event_id) VALUES (?, ?) ON CONFLICT DO NOTHING")) {
            record.setString(1, consumer);
            record.setObject(2, eventId);
            if (record.executeUpdate() == 0) {
                LOG.debugf("%s has already handled event %s: redelivery ignored", consumer, eventId);
                return false;
            }
        } catch (SQLException e) {
            throw new EventStoreFailure("could not record event " + eventId + " as consumed by " + consumer, e);
        }
        effect.run();
        return true;
    }
}

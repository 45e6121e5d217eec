package org.desist.eventstore.relay;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.desist.eventstore.EventStoreConfig;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/** Says when the relay is stuck: DOWN while Kafka refuses an event for good, or while the log waits too long. */
@Readiness
@ApplicationScoped
public class RelayReadiness implements HealthCheck {

    private final OutboxRelay relay;
    private final EventStoreConfig config;

    RelayReadiness(OutboxRelay relay, EventStoreConfig config) {
        this.relay = relay;
        this.config = config;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("desist-relay").withData("topic", relay.topic());
        if (!config.relay().enabled()) {
            // Instances that never publish have nothing to add; the one that does reports the lag.
            return response.up().withData("publishing", "off on this instance").build();
        }
        Optional<Refusal> refused = relay.refused();
        if (refused.isPresent()) {
            return response.down().withData("position", refused.get().position())
                    .withData("event", refused.get().eventId().toString())
                    .withData("reason", "Kafka refuses it: " + refused.get().reason()).build();
        }
        RelayLag.Measure lag;
        try {
            lag = relay.lag();
        } catch (RuntimeException e) {
            return response.down().withData("reason", "the lag cannot be measured: " + e.getMessage()).build();
        }
        response.withData("lag-events", lag.events()).withData("lag-seconds", lag.oldest().toSeconds());
        if (lag.oldest().compareTo(config.relay().maxLag()) > 0) {
            return response.down().withData("reason", "the oldest unpublished event has waited longer than "
                    + config.relay().maxLag()).build();
        }
        return response.up().build();
    }
}

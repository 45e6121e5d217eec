package org.desist.eventstore.relay;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** The relay's lag, refusals and publishing as meters, so that an alert fires before readers notice. */
@ApplicationScoped
class RelayMetrics {

    // Held here: meters keep only weak references to what they read.
    private final OutboxRelay relay;

    RelayMetrics(OutboxRelay relay) {
        this.relay = relay;
    }

    void register(@Observes StartupEvent startup, MeterRegistry registry) {
        Tags tags = Tags.of("topic", relay.topic());
        Gauge.builder("desist.relay.lag.events", relay, r -> r.lag().events()).tags(tags).strongReference(true)
                .description("committed events the relay has still to publish").register(registry);
        Gauge.builder("desist.relay.lag.seconds", relay, r -> r.lag().oldest().toMillis() / 1000.0).tags(tags)
                .strongReference(true).description("age of the oldest unpublished event").register(registry);
        Gauge.builder("desist.relay.stuck", relay, r -> r.refused().isPresent() ? 1 : 0).tags(tags)
                .strongReference(true).description("1 while Kafka refuses an event for good").register(registry);
        FunctionCounter.builder("desist.relay.refused", relay, OutboxRelay::refusals).tags(tags)
                .description("times Kafka refused an event for good").register(registry);
        FunctionCounter.builder("desist.relay.published", relay, OutboxRelay::published).tags(tags)
                .description("events this instance published and checkpointed").register(registry);
    }
}

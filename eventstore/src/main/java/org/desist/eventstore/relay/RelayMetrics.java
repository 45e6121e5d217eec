package org.desist.eventstore.relay;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/** The relay's lag, refusals and publishing as meters, so that an alert fires before readers notice. */
@ApplicationScoped
class RelayMetrics {

    // Held here: meters keep only weak references to what they read.
    private final OutboxRelay relay;
    private final MeterRegistry registry;
    private final List<Meter> meters = new ArrayList<>();

    RelayMetrics(OutboxRelay relay, MeterRegistry registry) {
        this.relay = relay;
        this.registry = registry;
    }

    void register(@Observes StartupEvent startup) {
        Tags tags = Tags.of("topic", relay.topic());
        meters.add(Gauge.builder("desist.relay.lag.events", relay, safely(r -> r.lag().events())).tags(tags)
                .strongReference(true).description("committed events the relay has still to publish")
                .register(registry));
        meters.add(Gauge.builder("desist.relay.lag.seconds", relay, safely(r -> r.lag().oldest().toMillis() / 1000.0))
                .tags(tags).strongReference(true).description("age of the oldest unpublished event")
                .register(registry));
        meters.add(Gauge.builder("desist.relay.stuck", relay, r -> r.refused().isPresent() ? 1 : 0).tags(tags)
                .strongReference(true).description("1 while Kafka refuses an event for good").register(registry));
        meters.add(FunctionCounter.builder("desist.relay.refused", relay, OutboxRelay::refusals).tags(tags)
                .description("times Kafka refused an event for good").register(registry));
        meters.add(FunctionCounter.builder("desist.relay.published", relay, OutboxRelay::published).tags(tags)
                .description("events this instance published and checkpointed").register(registry));
    }

    /** A registry that outlives this application (tests restart it in one JVM) must not read a stopped relay. */
    void remove(@Observes ShutdownEvent shutdown) {
        meters.forEach(registry::remove);
        meters.clear();
    }

    /** A scrape while the database is away shows no value rather than failing whole. */
    private static ToDoubleFunction<OutboxRelay> safely(ToDoubleFunction<OutboxRelay> read) {
        return r -> {
            try {
                return read.applyAsDouble(r);
            } catch (RuntimeException e) {
                return Double.NaN;
            }
        };
    }
}

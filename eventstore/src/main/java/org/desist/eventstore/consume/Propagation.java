package org.desist.eventstore.consume;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.desist.eventstore.relay.CloudEventHeaders;

/**
 * How long another service's fact took to take effect here: from its commit there ({@code ce_recordedat}, else the
 * record's timestamp) to the commit of its effect here, as {@code desist_consumer_propagation_seconds{consumer}} with
 * a histogram, so that a percentile can be read for any period from two scrapes.
 */
@ApplicationScoped
class Propagation {

    private final MeterRegistry metrics;
    private final Map<String, Timer> timers = new ConcurrentHashMap<>();

    Propagation(MeterRegistry metrics) {
        this.metrics = metrics;
    }

    /** Called once the effect of the record has committed. */
    void took(String consumer, ConsumerRecord<String, String> record) {
        Duration took = Duration.between(committedThere(record), Instant.now());
        if (!took.isNegative()) {
            timer(consumer).record(took);
        }
    }

    private Timer timer(String consumer) {
        return timers.computeIfAbsent(consumer, c -> Timer.builder("desist.consumer.propagation")
                .description("From a fact's commit in the service that published it to the commit of its effect here")
                .tag("consumer", c).publishPercentileHistogram().minimumExpectedValue(Duration.ofMillis(1))
                .maximumExpectedValue(Duration.ofMinutes(5)).register(metrics));
    }

    private static Instant committedThere(ConsumerRecord<String, String> record) {
        Header header = record.headers().lastHeader(CloudEventHeaders.RECORDED_AT);
        if (header != null) {
            try {
                return Instant.parse(new String(header.value(), StandardCharsets.UTF_8));
            } catch (DateTimeParseException e) {
                // another publisher's spelling: the record's own time stands in
            }
        }
        return Instant.ofEpochMilli(record.timestamp());
    }
}

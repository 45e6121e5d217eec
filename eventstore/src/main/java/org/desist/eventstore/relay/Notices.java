package org.desist.eventstore.relay;

import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.Callback;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.desist.eventstore.EventStoreConfig;

/**
 * The one producer for what the kernel publishes beside the log itself — dead letters, audit checkpoints — made on
 * first use and closed at shutdown. (The relay keeps a producer of its own, which it replaces after a failure.)
 */
@ApplicationScoped
public class Notices {

    private final EventStoreConfig config;
    private KafkaProducer<byte[], byte[]> producer;

    Notices(EventStoreConfig config) {
        this.config = config;
    }

    public Future<RecordMetadata> send(ProducerRecord<byte[], byte[]> record, Callback callback) {
        return producer().send(record, callback);
    }

    void stop(@Observes ShutdownEvent shutdown) {
        synchronized (this) {
            if (producer != null) {
                producer.close(Duration.ofSeconds(5));
            }
        }
    }

    private synchronized KafkaProducer<byte[], byte[]> producer() {
        if (producer == null) {
            producer = Producers.create(config, "notices");
        }
        return producer;
    }
}

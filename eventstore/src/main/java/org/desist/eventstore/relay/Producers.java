package org.desist.eventstore.relay;

import java.util.Properties;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.desist.eventstore.EventStoreConfig;

/** The one way the kernel makes a Kafka producer: idempotent, acknowledged by every in-sync replica. */
public final class Producers {

    private Producers() {
    }

    /** {@code purpose} names the client: {@code desist-<service>-<purpose>}. */
    public static KafkaProducer<byte[], byte[]> create(EventStoreConfig config, String purpose) {
        Properties properties = new Properties();
        properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, config.relay().bootstrapServers());
        properties.put(ProducerConfig.CLIENT_ID_CONFIG, "desist-" + config.service() + "-" + purpose);
        properties.put(ProducerConfig.ACKS_CONFIG, "all");
        properties.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        // One request in flight: a batch is retried before the next is sent, so order survives a broker restart.
        properties.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 1);
        properties.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        properties.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 30_000);
        properties.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
        properties.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        properties.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        return new KafkaProducer<>(properties);
    }
}

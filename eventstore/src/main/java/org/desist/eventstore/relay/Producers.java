package org.desist.eventstore.relay;

import java.time.Duration;
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
        // Bounded sends: the relay's fencing (RelayLeadership) relies on every record being settled within
        // maxBlock + deliveryTimeout of the call that sent it.
        properties.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) deliveryTimeout(config).toMillis());
        properties.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) deliveryTimeout(config).dividedBy(3).toMillis());
        properties.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, maxBlock(config).toMillis());
        properties.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        properties.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        return new KafkaProducer<>(properties);
    }

    /** The longest a record may wait for Kafka's acknowledgement after {@code send} returned. */
    public static Duration deliveryTimeout(EventStoreConfig config) {
        return config.relay().deliveryTimeout();
    }

    /** The longest a call to {@code send} may block (waiting for metadata or buffer space). */
    public static Duration maxBlock(EventStoreConfig config) {
        return config.relay().deliveryTimeout().dividedBy(3);
    }
}

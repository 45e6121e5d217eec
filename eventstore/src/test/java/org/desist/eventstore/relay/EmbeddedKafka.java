package org.desist.eventstore.relay;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;
import kafka.server.BrokerServer;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;

/**
 * A one-node Kafka (broker and controller in one) inside the test JVM, which a test may stop and start again: the
 * relay's outage tests never touch the shared broker that other tests use. The relay is pointed at it.
 */
public class EmbeddedKafka implements QuarkusTestResourceLifecycleManager {

    private static KafkaClusterTestKit cluster;

    @Override
    public Map<String, String> start() {
        try {
            cluster = new KafkaClusterTestKit.Builder(new TestKitNodes.Builder().setCombined(true)
                    .setNumBrokerNodes(1).setNumControllerNodes(1).build())
                    .setConfigProp("offsets.topic.replication.factor", "1")
                    .setConfigProp("transaction.state.log.replication.factor", "1")
                    .setConfigProp("transaction.state.log.min.isr", "1")
                    // a test's reader joins its group at once rather than after the default 3 s
                    .setConfigProp("group.initial.rebalance.delay.ms", "0")
                    .build();
            cluster.format();
            cluster.startup();
            cluster.waitForReadyBrokers();
        } catch (Exception e) {
            throw new IllegalStateException("could not start the test's own Kafka: " + e.getMessage(), e);
        }
        return Map.of("desist.eventstore.relay.bootstrap-servers", cluster.bootstrapServers());
    }

    @Override
    public void stop() {
        try {
            cluster.close();
        } catch (Exception e) {
            throw new IllegalStateException("could not stop the test's own Kafka", e);
        }
    }

    static String bootstrapServers() {
        return cluster.bootstrapServers();
    }

    /** The broker goes away; its controller and its log stay, so that it can come back as it was. */
    static void stopBroker() {
        broker().shutdown();
    }

    static void startBroker() {
        broker().startup();
    }

    private static BrokerServer broker() {
        return cluster.brokers().values().iterator().next();
    }
}

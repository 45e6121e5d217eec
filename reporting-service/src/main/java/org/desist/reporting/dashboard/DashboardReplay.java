package org.desist.reporting.dashboard;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.common.annotation.Identifier;
import io.smallrye.reactive.messaging.kafka.KafkaClientService;
import io.smallrye.reactive.messaging.kafka.KafkaConsumerRebalanceListener;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Default;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.desist.eventstore.EventStoreFailure;
import org.desist.reporting.dashboard.ReplayedPartition.Action;
import org.eclipse.microprofile.config.Config;
import org.jboss.logging.Logger;

/**
 * Rebuilds the dashboard's read models at an operator's request: empties them, forgets which events its consumers have
 * handled, and seeks those consumers back to the start of their topics, so that the same consumers replay everything in
 * the order they first read it while new events keep arriving behind. Each partition's progress is stored as it is
 * replayed: a service stopped halfway seeks back to where it was when its partitions are assigned again (this class is
 * also the channels' rebalance listener). While a rebuild runs the panels say so ({@link DashboardResource}).
 */
@ApplicationScoped
@Default
@Identifier(DashboardReplay.LISTENER)
public class DashboardReplay implements KafkaConsumerRebalanceListener {

    /** The rebalance listener's name, as the channels' {@code consumer-rebalance-listener.name}. */
    static final String LISTENER = "dashboard-replay";
    static final List<String> CHANNELS = List.of("dashboard-case-events", "dashboard-risk-events", "dashboard-monitoring");
    private static final List<String> CONSUMERS = List.of(DashboardConsumer.CONSUMER, DashboardMonitoringConsumer.CONSUMER);
    private static final List<String> READ_MODELS = List.of("dashboard_compliance_months", "dashboard_contacts",
            "dashboard_actions", "dashboard_unpaid_work", "dashboard_allocations", "dashboard_people");
    private static final Logger LOG = Logger.getLogger(DashboardReplay.class);

    /** A rebuild and its partitions, as stored. */
    public record Rebuild(long id, String state, String requestedBy, Instant requestedAt, Optional<Instant> finishedAt,
            long replayed, long lag, List<Partition> partitions) {

        public record Partition(String topic, int partition, long startOffset, long endOffset, long nextOffset) {
        }

        boolean running() {
            return "RUNNING".equals(state);
        }
    }

    private record Running(long id, Map<String, ReplayedPartition> partitions) {
    }

    private final AgroalDataSource dataSource;
    private final KafkaClientService kafka;
    private final Config config;
    /** Handling a record (shared) never overlaps emptying the read models (exclusive): nothing lands between. */
    private final ReentrantReadWriteLock emptying = new ReentrantReadWriteLock();
    /** One request starts a rebuild at a time; a second finds it running. */
    private final ReentrantLock starting = new ReentrantLock();
    private final Object loading = new Object();
    /** Null until first read from the database, then empty while no rebuild runs. */
    private volatile Optional<Running> running;

    DashboardReplay(AgroalDataSource dataSource, KafkaClientService kafka, Config config) {
        this.dataSource = dataSource;
        this.kafka = kafka;
        this.config = config;
    }

    /**
     * Hands a record of a dashboard channel to its consumer unless a replay holds it back (it will be delivered again),
     * then notes the replay's progress.
     */
    void receive(ConsumerRecord<String, String> record, Runnable handle) {
        emptying.readLock().lock();
        try {
            Optional<Running> now = running();
            String key = key(record.topic(), record.partition());
            ReplayedPartition replayed = now.map(r -> r.partitions().get(key)).orElse(null);
            if (replayed == null || replayed.done()) {
                handle.run();
                return;
            }
            ReplayedPartition.Step step = replayed.receive(record.offset());
            if (step.action() == Action.HOLD_BACK) {
                return;
            }
            handle.run();
            now.get().partitions().put(key, step.after());
            progressed(now.get(), step.after());
        } finally {
            emptying.readLock().unlock();
        }
    }

    /** Starts a rebuild, or answers the one running: a second request while one runs changes nothing. */
    public Rebuild start(String operator) {
        starting.lock();
        try {
            return begin(operator);
        } finally {
            starting.unlock();
        }
    }

    private Rebuild begin(String operator) {
        Optional<Rebuild> current = latest().filter(Rebuild::running);
        if (current.isPresent()) {
            return current.get();
        }
        List<ReplayedPartition> partitions = endsOfTopics();
        running();
        emptying.writeLock().lock();
        try {
            long id = QuarkusTransaction.requiringNew().call(() -> empty(operator, partitions));
            Map<String, ReplayedPartition> state = new ConcurrentHashMap<>();
            partitions.forEach(p -> state.put(key(p.topic(), p.partition()), p));
            running = Optional.of(new Running(id, state));
            LOG.infof("dashboard rebuild %d by %s: read models emptied, replaying %d events from %d partitions", id,
                    operator, partitions.stream().mapToLong(ReplayedPartition::lag).sum(), partitions.size());
        } finally {
            emptying.writeLock().unlock();
        }
        for (String channel : CHANNELS) {
            // records the consumer still delivers from before the seek are held back until it gets there
            kafka.getConsumer(channel).runOnPollingThread(c -> {
                seekBack(c, c.assignment());
            }).await().atMost(Duration.ofSeconds(30));
        }
        finishIfDone();
        return latest().orElseThrow();
    }

    /** After a restart or a rebalance: a partition the replay has not finished is sought back to where it was. */
    @Override
    public void onPartitionsAssigned(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
        seekBack(consumer, partitions);
    }

    private void seekBack(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
        running().ifPresent(now -> partitions.forEach(tp -> now.partitions().computeIfPresent(key(tp.topic(),
                tp.partition()), (k, p) -> {
                    if (!p.done()) {
                        consumer.seek(tp, p.next());
                    }
                    return p.sought();
                })));
    }

    /** The latest rebuild, with its progress. */
    public Optional<Rebuild> latest() {
        try (Connection c = dataSource.getConnection();
                PreparedStatement rebuild = c.prepareStatement("SELECT id, state, requested_by, requested_at, "
                        + "finished_at FROM dashboard_rebuilds ORDER BY id DESC LIMIT 1");
                ResultSet r = rebuild.executeQuery()) {
            if (!r.next()) {
                return Optional.empty();
            }
            long id = r.getLong(1);
            List<Rebuild.Partition> partitions = new ArrayList<>();
            long replayed = 0;
            long lag = 0;
            try (PreparedStatement select = c.prepareStatement("SELECT topic, partition, start_offset, end_offset, "
                    + "next_offset FROM dashboard_rebuild_partitions WHERE rebuild_id = ? ORDER BY topic, partition")) {
                select.setLong(1, id);
                try (ResultSet p = select.executeQuery()) {
                    while (p.next()) {
                        ReplayedPartition at = new ReplayedPartition(p.getString(1), p.getInt(2), p.getLong(3),
                                p.getLong(4), p.getLong(5), true);
                        partitions.add(new Rebuild.Partition(at.topic(), at.partition(), at.start(), at.end(), at.next()));
                        replayed += at.replayed();
                        lag += at.lag();
                    }
                }
            }
            return Optional.of(new Rebuild(id, r.getString(2), r.getString(3), r.getTimestamp(4).toInstant(),
                    Optional.ofNullable(r.getTimestamp(5)).map(Timestamp::toInstant), replayed, lag,
                    List.copyOf(partitions)));
        } catch (SQLException e) {
            throw new EventStoreFailure("could not read the dashboard's rebuild", e);
        }
    }

    /** The rebuild running now, if any: what the panels warn of. */
    public Optional<Rebuild> rebuilding() {
        return latest().filter(Rebuild::running);
    }

    /** Loaded once from the database (a rebuild a stop interrupted goes on), then kept as records are replayed. */
    private Optional<Running> running() {
        Optional<Running> now = running;
        if (now == null) {
            synchronized (loading) {
                if (running == null) {
                    running = latest().filter(Rebuild::running).map(r -> {
                        Map<String, ReplayedPartition> state = new ConcurrentHashMap<>();
                        r.partitions().forEach(p -> state.put(key(p.topic(), p.partition()), new ReplayedPartition(
                                p.topic(), p.partition(), p.startOffset(), p.endOffset(), p.nextOffset(), false)));
                        return new Running(r.id(), state);
                    });
                }
                now = running;
            }
        }
        return now;
    }

    /** Empties the read models and the consumers' record of what they handled, and notes where each partition ends. */
    private long empty(String operator, List<ReplayedPartition> partitions) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            long id;
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO dashboard_rebuilds (state, requested_by) "
                    + "VALUES ('RUNNING', ?) RETURNING id")) {
                insert.setString(1, operator);
                try (ResultSet r = insert.executeQuery()) {
                    r.next();
                    id = r.getLong(1);
                }
            }
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO dashboard_rebuild_partitions (rebuild_id, "
                    + "topic, partition, start_offset, end_offset, next_offset) VALUES (?, ?, ?, ?, ?, ?)")) {
                for (ReplayedPartition p : partitions) {
                    insert.setLong(1, id);
                    insert.setString(2, p.topic());
                    insert.setInt(3, p.partition());
                    insert.setLong(4, p.start());
                    insert.setLong(5, p.end());
                    insert.setLong(6, p.next());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            try (Statement empty = c.createStatement()) {
                for (String table : READ_MODELS) {
                    empty.executeUpdate("DELETE FROM " + table);
                }
            }
            try (PreparedStatement forget = c.prepareStatement("DELETE FROM consumed_events WHERE consumer = ANY (?)")) {
                forget.setArray(1, c.createArrayOf("text", CONSUMERS.toArray()));
                forget.executeUpdate();
            }
            return id;
        }
    }

    private void progressed(Running now, ReplayedPartition p) {
        try (Connection c = dataSource.getConnection(); PreparedStatement update = c.prepareStatement(
                "UPDATE dashboard_rebuild_partitions SET next_offset = GREATEST(next_offset, ?) WHERE rebuild_id = ? "
                        + "AND topic = ? AND partition = ?")) {
            update.setLong(1, p.next());
            update.setLong(2, now.id());
            update.setString(3, p.topic());
            update.setInt(4, p.partition());
            update.executeUpdate();
        } catch (SQLException e) {
            // a lost note of progress only replays a little more after a restart
            LOG.warnf("dashboard rebuild %d: progress of %s-%d not stored (%s)", now.id(), p.topic(), p.partition(),
                    e.getMessage());
        }
        if (p.done()) {
            finishIfDone();
        }
    }

    private void finishIfDone() {
        running().filter(now -> now.partitions().values().stream().allMatch(ReplayedPartition::done)).ifPresent(now -> {
            try (Connection c = dataSource.getConnection(); PreparedStatement done = c.prepareStatement(
                    "UPDATE dashboard_rebuilds SET state = 'DONE', finished_at = now() WHERE id = ? AND state = 'RUNNING'")) {
                done.setLong(1, now.id());
                done.executeUpdate();
            } catch (SQLException e) {
                throw new EventStoreFailure("could not mark the dashboard's rebuild done", e);
            }
            running = Optional.empty();
            LOG.infof("dashboard rebuild %d done: every partition replayed to where it ended when the rebuild began",
                    now.id());
        });
    }

    /** Every partition of the dashboard's topics, from its first record to where it ends now. */
    private List<ReplayedPartition> endsOfTopics() {
        Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, config.getValue("kafka.bootstrap.servers", String.class));
        properties.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        properties.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        properties.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, "false");
        try (KafkaConsumer<byte[], byte[]> offsets = new KafkaConsumer<>(properties)) {
            List<TopicPartition> all = new ArrayList<>();
            for (String channel : CHANNELS) {
                String topic = config.getValue("mp.messaging.incoming." + channel + ".topic", String.class);
                List<PartitionInfo> infos = offsets.partitionsFor(topic, Duration.ofSeconds(30));
                if (infos != null) {
                    infos.forEach(i -> all.add(new TopicPartition(i.topic(), i.partition())));
                }
            }
            Map<TopicPartition, Long> starts = offsets.beginningOffsets(all, Duration.ofSeconds(30));
            Map<TopicPartition, Long> ends = offsets.endOffsets(all, Duration.ofSeconds(30));
            return all.stream().map(tp -> ReplayedPartition.from(tp.topic(), tp.partition(), starts.get(tp), ends.get(tp)))
                    .toList();
        }
    }

    private static String key(String topic, int partition) {
        return topic + "-" + partition;
    }
}

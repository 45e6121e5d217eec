package org.desist.eventstore;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** The kernel's settings, under {@code desist.eventstore}. */
@ConfigMapping(prefix = "desist.eventstore")
public interface EventStoreConfig {

    /** The service's name: CloudEvents' {@code ce_source} is {@code /desist/<service>}. */
    String service();

    Relay relay();

    Consume consume();

    Audit audit();

    Rebuild rebuild();

    SubjectAccess subjectAccess();

    /** What a service's answer to a subject access request shows of third parties (package {@code subjectaccess}). */
    interface SubjectAccess {

        /**
         * Whether staff appear by name (their user name) beside role and team; by default by role and team only, as
         * staff are third parties to the person's request unless policy says otherwise.
         */
        @WithDefault("false")
        boolean staffNames();
    }

    /** Rebuilds of read models beside live appends (package {@code projection}). */
    interface Rebuild {

        /** Events replayed in one transaction: small enough that each commits well within the transaction timeout. */
        @WithDefault("5000")
        int batchSize();

        /** How long a rebuild that failed in the background waits before it is tried again (doubling up to an hour). */
        @WithDefault("10s")
        Duration retryAfter();
    }

    /** Signed checkpoints of the log's Merkle tree (package {@code audit}). */
    interface Audit {

        /**
         * The Ed25519 private key that signs checkpoints: its 32-byte seed in base64, one key per service. Outside the
         * dev and test profiles it comes from DESIST_AUDIT_SIGNING_KEY, and the service will not start without it.
         */
        java.util.Optional<String> signingKey();

        /** Names the key in each checkpoint, so that a verifier knows which public key to use; the service by default. */
        java.util.Optional<String> keyId();

        /** How often a checkpoint is signed while events arrive (one is also signed when asked for and out of date). */
        @WithDefault("10s")
        Duration checkpointInterval();

        /** Where checkpoints are published as CloudEvents {@code audit.checkpoint.signed}. */
        @WithDefault("desist.audit.checkpoints")
        String topic();

        /** Whether this instance keeps the tree and signs checkpoints in the background. */
        @WithDefault("true")
        boolean enabled();
    }

    /** How events from other services' topics are consumed (package {@code consume}). */
    interface Consume {

        /** How long a transient failure (database restart, lock or statement timeout, deadlock) is retried. */
        @WithDefault("2m")
        Duration retryFor();

        @WithDefault("100ms")
        Duration firstBackoff();

        /** The longest wait between two tries: back-off doubles up to it. */
        @WithDefault("5s")
        Duration maxBackoff();

        /**
         * The most records {@code Inbox.receiveAll} handles in one transaction: a longer batch holds its people's
         * streams longer against commands, a shorter one commits more often.
         */
        @WithDefault("250")
        int batchSize();

        /**
         * While a consumer keeps up, how long a batch takes in records before it commits: what a first record's effect
         * waits at most for later ones. A backlog (see {@link #backlogAfter()}) is drained in full batches.
         */
        @WithDefault("20ms")
        Duration batchTime();

        /**
         * A poll holding a record older than this (by its Kafka timestamp) is a backlog even when it is small: the
         * consumer is behind, so throughput matters more than the latency batch-time protects.
         */
        @WithDefault("1s")
        Duration backlogAfter();

        /** Whether a backlog's partitions are handled side by side (they share no key), each in order. */
        @WithDefault("true")
        boolean partitionsInParallel();

        /** Where dead letters are also published, e.g. {@code desist.case.dead-letters}; they are kept in the database. */
        java.util.Optional<String> deadLetterTopic();
    }

    interface Relay {

        /** Whether this instance competes to publish the log (one instance per service publishes at a time). */
        @WithDefault("true")
        boolean enabled();

        /** The service's own topic, e.g. {@code desist.case.events}. */
        String topic();

        @WithDefault("${kafka.bootstrap.servers:localhost:9092}")
        String bootstrapServers();

        /** How long an idle relay waits before looking for new events. */
        @WithDefault("50ms")
        Duration pollInterval();

        @WithDefault("500")
        int batchSize();

        /**
         * Stream types whose events stay in the service's own log and are never published, e.g. victim contact,
         * which no other service may read (they are still hash-chained and verified).
         */
        java.util.Optional<java.util.List<String>> privateStreamTypes();

        /**
         * Event types published with only the named fields of their payload, what their consumers need, e.g.
         * {@code published-fields."probation-case.person.registered"=crn,dateOfBirth,sex,ethnicity}: the rest of the
         * event (names, special-category data) stays in the service's own log. Other types are published whole.
         */
        java.util.Map<String, java.util.List<String>> publishedFields();

        /**
         * Event types also published, with only the named fields, on a topic of their own that only the consumers who
         * need them may read, e.g. {@code restricted."probation-case.person.registered".topic=desist.case.monitoring}
         * and {@code ….fields=crn,sex,ethnicity}: special-category data for fairness monitoring kept off the shared
         * topic. Published before the relay moves past the event, as its record on the service's topic is.
         */
        java.util.Map<String, Restricted> restricted();

        interface Restricted {

            /** The restricted topic, e.g. {@code desist.case.monitoring}. */
            String topic();

            /** The fields of the payload published there. */
            java.util.List<String> fields();
        }

        /** How long a relay that is not the leader waits before trying to take over. */
        @WithDefault("2s")
        Duration failoverInterval();

        /**
         * How long Kafka may take to acknowledge a record before the producer gives up on it (its
         * {@code delivery.timeout.ms}); a third of it bounds each request and each wait for metadata. A new leader
         * waits this long, and more, before it publishes (see {@code RelayLeadership}).
         */
        @WithDefault("30s")
        Duration deliveryTimeout();

        /** How long a relay whose event Kafka refused for good waits before it tries that event again. */
        @WithDefault("30s")
        Duration refusedBackoff();

        /** Readiness is DOWN while the oldest unpublished event is older than this. */
        @WithDefault("5m")
        Duration maxLag();
    }
}

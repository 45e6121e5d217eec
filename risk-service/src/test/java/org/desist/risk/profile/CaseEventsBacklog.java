package org.desist.risk.profile;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.errors.GroupIdNotFoundException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.apache.kafka.common.serialization.StringSerializer;
import org.desist.testing.LocalPlatform;

/**
 * Before risk-service starts: a database and a topic of the measurement's own, made afresh, and a backlog of
 * {@code desist.measure.drain} case events on the topic, shaped as case-service publishes them (its asyncapi.yaml):
 * twenty a person, the last a contact; seven or eight of them are of types no risk fact depends on.
 */
public class CaseEventsBacklog implements QuarkusTestResourceLifecycleManager {

    static final String DATABASE = "desist_risk_drain_measure";
    static final String TOPIC = "desist.case.events.drain-measure";
    static final String GROUP = "risk-service-drain-measure";
    static final int PARTITIONS = 3;
    static final int EVENTS_A_PERSON = 20;

    @Override
    public Map<String, String> start() {
        String events = System.getProperty("desist.measure.drain");
        if (events == null) {
            return Map.of();
        }
        LocalPlatform.ensureInfrastructure();
        recreateDatabase();
        recreateTopic();
        long begun = System.nanoTime();
        int published = publish(Integer.parseInt(events) / EVENTS_A_PERSON);
        System.out.printf("%n[measure] published %d case events for %d people to %s in %.1f s%n", published,
                published / EVENTS_A_PERSON, TOPIC, (System.nanoTime() - begun) / 1e9);
        Map<String, String> config = new HashMap<>();
        config.put("quarkus.datasource.jdbc.url", LocalPlatform.jdbcUrl(DATABASE));
        config.put("mp.messaging.incoming.case-events.topic", TOPIC);
        config.put("mp.messaging.incoming.case-events.group.id", GROUP);
        config.put("desist.eventstore.relay.enabled", "false");
        return config;
    }

    @Override
    public void stop() {
        // the database and topic stay for a look afterwards; the next run makes them afresh
    }

    private static void recreateDatabase() {
        try (Connection admin = DriverManager.getConnection("jdbc:postgresql://" + LocalPlatform.POSTGRES_HOST + ":"
                + LocalPlatform.POSTGRES_PORT + "/postgres", LocalPlatform.DB_USER, LocalPlatform.DB_PASSWORD);
                Statement drop = admin.createStatement()) {
            drop.execute("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
        } catch (SQLException e) {
            throw new IllegalStateException("could not drop " + DATABASE + ": " + e.getMessage(), e);
        }
        LocalPlatform.ensureDatabase(DATABASE);
    }

    private static void recreateTopic() {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, LocalPlatform.KAFKA))) {
            ignoreMissing(() -> admin.deleteConsumerGroups(List.of(GROUP)).all().get(30, TimeUnit.SECONDS));
            ignoreMissing(() -> admin.deleteTopics(List.of(TOPIC)).all().get(30, TimeUnit.SECONDS));
            for (int attempt = 0;; attempt++) {
                try {
                    admin.createTopics(List.of(new NewTopic(TOPIC, PARTITIONS, (short) 1))).all().get(30, TimeUnit.SECONDS);
                    return;
                } catch (ExecutionException e) {
                    if (attempt > 50) { // deletion is asynchronous: the old topic may linger a moment
                        throw new IllegalStateException(e);
                    }
                    Thread.sleep(200);
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException("could not make topic " + TOPIC + " afresh: " + e.getMessage(), e);
        }
    }

    private interface Step {
        void run() throws Exception;
    }

    private static void ignoreMissing(Step step) throws Exception {
        try {
            step.run();
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof GroupIdNotFoundException || e.getCause() instanceof UnknownTopicOrPartitionException)) {
                throw e;
            }
        }
    }

    /** A producer as case-service's relay is one: idempotent, every replica acknowledging. */
    static KafkaProducer<String, String> producer(int lingerMs) {
        Properties properties = new Properties();
        properties.putAll(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, LocalPlatform.KAFKA,
                ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.LINGER_MS_CONFIG, Integer.toString(lingerMs),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName()));
        return new KafkaProducer<>(properties);
    }

    private static int publish(int people) {
        int sent = 0;
        try (KafkaProducer<String, String> producer = producer(10)) {
            List<Future<RecordMetadata>> acks = new ArrayList<>();
            for (int p = 0; p < people; p++) {
                String crn = String.format("D%06d", p);
                List<String[]> events = person(crn, p);
                for (int v = 0; v < events.size(); v++) {
                    acks.add(producer.send(record(crn, v + 1, events.get(v)[0], events.get(v)[1])));
                    sent++;
                }
            }
            for (Future<RecordMetadata> ack : acks) {
                ack.get();
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException("Kafka refused the backlog: " + e.getCause().getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return sent;
    }

    /** One person's case as case-service publishes it: registration, record, sentence, allocation, then supervision. */
    static List<String[]> person(String crn, int n) {
        UUID sentence = UUID.randomUUID();
        LocalDate sentenced = LocalDate.of(2026, 1, 1).plusDays(n % 300);
        List<String[]> events = new ArrayList<>();
        events.add(event("probation-case.person.registered", """
                {"crn":"%s","firstName":"Sam","lastName":"Jones","dateOfBirth":"%s","sex":"%s","ethnicity":"W1",
                 "pncNumber":null,"equality":{}}""".formatted(crn, LocalDate.of(1960, 1, 1).plusDays(n % 12_000),
                n % 5 == 0 ? "FEMALE" : "MALE")));
        events.add(event("probation-case.criminal-history.recorded", """
                {"previousSanctions": %d, "firstSanctionDate": "2008-05-01", "previousOffences": [], "source": "PNC"}"""
                .formatted(n % 12)));
        events.add(event("probation-case.sentence.recorded", """
                {"sentenceId": "%s", "type": "COMMUNITY_ORDER", "sentenceDate": "%s", "court": "Leeds",
                 "lengthMonths": 12, "expectedEndDate": "%s", "requirements": [{"type": "UNPAID_WORK", "hours": 100}],
                 "offences": [{"offenceCode": "03801", "offenceDate": "2025-10-01", "group": "Theft and handling",
                               "category": "Money Laundering offences (not drugs)", "description": "x", "violent": false}]}"""
                .formatted(sentence, sentenced, sentenced.plusMonths(12))));
        events.add(event("probation-case.case.allocated", """
                {"staffId": "officer", "team": "N0%d", "reason": "first allocation"}""".formatted(n % 4)));
        String[] outcomes = {"ATTENDED_COMPLIED", "FAILED_TO_ATTEND", "ATTENDED_COMPLIED", "UNACCEPTABLE_ABSENCE",
            "ATTENDED_COMPLIED", "ATTENDED_COMPLIED"};
        UUID corrected = null;
        for (int c = 0; c < outcomes.length; c++) {
            UUID contact = UUID.randomUUID();
            Instant at = sentenced.plusWeeks(c + 1L).atStartOfDay().toInstant(ZoneOffset.UTC).plusSeconds(36_000);
            if (c == outcomes.length - 1) {
                events.addAll(laterEvents(n, corrected, sentenced));
            }
            events.add(event("probation-case.appointment.scheduled", """
                    {"contactId":"%s","type":"OFFICE_VISIT","startsAt":"%s","sentenceId":"%s"}"""
                    .formatted(contact, at, sentence)));
            events.add(event("probation-case.contact.recorded", """
                    {"contactId":"%s","type":"OFFICE_VISIT","occurredAt":"%s","outcome":"%s","notes":"",
                     "loneContact":false,"loneContactReason":null}""".formatted(contact, at, outcomes[c])));
            if (outcomes[c].equals("UNACCEPTABLE_ABSENCE")) {
                corrected = contact;
            }
            if (c == 1) {
                events.add(event("probation-case.registration.added", """
                        {"registrationId":"%s","type":"%s","reviewDate":"%s","notes":"raised at supervision"}"""
                        .formatted(UUID.randomUUID(), n % 2 == 0 ? "MENTAL_HEALTH" : "DOMESTIC_ABUSE",
                                sentenced.plusMonths(6))));
            }
        }
        return events;
    }

    /** A correction, a conviction (one person in five) or a warning, and a plan review. */
    private static List<String[]> laterEvents(int n, UUID corrected, LocalDate sentenced) {
        return List.of(event("probation-case.contact.corrected", """
                        {"contactId":"%s","reason":"recorded against the wrong day","type":"OFFICE_VISIT",
                         "occurredAt":"%s","outcome":"ACCEPTABLE_ABSENCE","notes":"unwell, certificate seen"}"""
                        .formatted(corrected, sentenced.plusWeeks(4).atStartOfDay().toInstant(ZoneOffset.UTC))),
                n % 5 == 0
                        ? event("probation-case.conviction.recorded", """
                                {"convictionId": "%s", "offenceCode": "03801", "offenceDate": "%s",
                                 "convictionDate": "%s", "court": "Leeds", "category": "x"}"""
                                .formatted(UUID.randomUUID(), sentenced.plusMonths(2), sentenced.plusMonths(3)))
                        : event("enforcement.warning.issued", """
                                {"warningId": "%s", "contactId": "%s", "reason": "failed to attend"}"""
                                .formatted(UUID.randomUUID(), corrected)),
                event("probation-case.plan.reviewed", """
                        {"planId": "%s", "notes": "progress reviewed"}""".formatted(UUID.randomUUID())));
    }

    private static String[] event(String type, String json) {
        return new String[] {type, json};
    }

    static ProducerRecord<String, String> record(String crn, long version, String type, String json) {
        ProducerRecord<String, String> record = new ProducerRecord<>(TOPIC, crn, json);
        header(record, "ce_specversion", "1.0");
        header(record, "ce_id", UUID.randomUUID().toString());
        header(record, "ce_type", type);
        header(record, "ce_source", "/desist/case-service");
        header(record, "ce_subject", crn);
        header(record, "ce_time", Instant.now().toString());
        header(record, "ce_streamversion", Long.toString(version));
        header(record, "content-type", "application/json");
        return record;
    }

    private static void header(ProducerRecord<String, String> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}

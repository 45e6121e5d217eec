package org.desist.cases.contact;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.desist.cases.contact.ContactEvent.ContactRecorded;
import org.desist.cases.person.Crn;
import org.desist.cases.person.EqualityMonitoring;
import org.desist.cases.person.PersonEvent.PersonRegistered;
import org.desist.cases.person.PersonStreams;
import org.desist.cases.person.Sex;
import org.desist.cases.sentence.SentenceEvent.SentenceRecorded;
import org.desist.cases.sentence.SentenceEvent.SentencedOffence;
import org.desist.cases.sentence.SentenceType;
import org.desist.eventstore.Actor;
import org.desist.eventstore.CommandMetadata;
import org.desist.eventstore.EventStore;
import org.desist.eventstore.ExpectedVersion;
import org.desist.eventstore.NewEvent;
import org.desist.eventstore.UuidV7;
import org.desist.eventstore.command.EventCodec;
import org.desist.testing.LocalPlatform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Not a test: what recording a contact costs as a person's history grows, measured on demand (bench/README.md). For
 * each history size in {@code desist.measure.contacts} (e.g. {@code 10,100,1000,10000}) it writes a person with an
 * order and that many contacts straight to the log, then times the application command ({@link ContactRecording},
 * with enforcement's policy reacting in its transaction) for a kept appointment and for a failure to comply, and
 * prints p50 and p90. It checks that the commands were recorded, never the time.
 */
@QuarkusTest
@EnabledIfSystemProperty(named = "desist.measure.contacts", matches = "[0-9,]+")
@WithTestResource(value = LocalPlatform.class,
        initArgs = @ResourceArg(name = "database", value = "desist_case_contacts_measure"))
class ContactCommandMeasurement {

    private static final CommandMetadata BY = CommandMetadata.by(Actor.system("measurement"));
    private static final int SAMPLES = 40;

    @Inject
    EventStore store;

    @Inject
    EventCodec codec;

    @Inject
    ContactRecording contacts;

    @Test
    void recordAContactAsHistoryGrows() {
        List<String> lines = new ArrayList<>();
        for (String size : System.getProperty("desist.measure.contacts").split(",")) {
            int events = Integer.parseInt(size);
            String crn = personWithHistory(events);
            long version = store.currentVersion(crn);
            double[] kept = time(crn, ContactOutcome.ATTENDED_COMPLIED);
            double[] failed = time(crn, ContactOutcome.UNACCEPTABLE_ABSENCE);
            lines.add("%,7d events: kept p50 %6.1f ms p90 %6.1f ms | failure to comply p50 %6.1f ms p90 %6.1f ms"
                    .formatted(version, kept[0], kept[1], failed[0], failed[1]));
            assertThat(store.currentVersion(crn)).isGreaterThanOrEqualTo(version + 2L * SAMPLES);
        }
        System.out.printf("%n[measure] recording a contact (ContactRecording.record, %d samples each, after 10 warm-up):%n"
                + "%s%n%n", SAMPLES, String.join("\n", lines));
    }

    private double[] time(String crn, ContactOutcome outcome) {
        double[] millis = new double[SAMPLES];
        for (int i = -10; i < SAMPLES; i++) {
            RecordContact command = new RecordContact(ContactType.OFFICE_VISIT,
                    Instant.now().minus(1, ChronoUnit.MINUTES), outcome, "measured", false, Optional.empty(),
                    Optional.empty());
            long began = System.nanoTime();
            contacts.record(crn, ExpectedVersion.any(), command, BY);
            if (i >= 0) {
                millis[i] = (System.nanoTime() - began) / 1e6;
            }
        }
        Arrays.sort(millis);
        return new double[] {millis[SAMPLES / 2], millis[SAMPLES * 9 / 10]};
    }

    /** A person registered with a current order and {@code events} events in all, most of them kept contacts. */
    private String personWithHistory(int events) {
        String crn = Crn.next();
        List<NewEvent> history = new ArrayList<>();
        history.add(codec.encode(new PersonRegistered(crn, "Alex", "Example", LocalDate.of(1990, 1, 1), Sex.MALE,
                Optional.empty(), Optional.empty(), EqualityMonitoring.NOT_DECLARED, Optional.empty())));
        LocalDate made = LocalDate.now().minusYears(2);
        history.add(codec.encode(new SentenceRecorded(UuidV7.next(), SentenceType.COMMUNITY_ORDER, made,
                "Cardiff Magistrates' Court", 36, made.plusMonths(36), List.of(new SentencedOffence("00101",
                        made.minusMonths(1), "Violence against the person", "Violence", "Homicide", true)), List.of())));
        Instant at = Instant.now().minus(700, ChronoUnit.DAYS);
        for (int i = history.size(); i < events; i++) {
            history.add(codec.encode(new ContactRecorded(UUID.randomUUID(), ContactType.OFFICE_VISIT, at.plusSeconds(i * 600L),
                    ContactOutcome.ATTENDED_COMPLIED, "seen in the office; discussed accommodation and work",
                    false, Optional.empty(), Optional.empty(), Optional.empty())));
        }
        for (int from = 0; from < history.size(); from += 500) {
            List<NewEvent> page = history.subList(from, Math.min(from + 500, history.size()));
            store.append(PersonStreams.of(crn), from == 0 ? ExpectedVersion.noStream() : ExpectedVersion.exactly(from),
                    page, BY);
        }
        return crn;
    }
}

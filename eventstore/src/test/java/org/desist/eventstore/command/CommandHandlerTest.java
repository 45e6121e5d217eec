package org.desist.eventstore.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import org.desist.eventstore.ExpectedVersion;
import org.desist.eventstore.StreamId;
import org.desist.eventstore.StreamNotFound;
import org.desist.eventstore.TestStreams;
import org.desist.eventstore.WrongExpectedVersion;
import org.desist.testing.LocalPlatform;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = LocalPlatform.class, initArgs = @ResourceArg(name = "database", value = "desist_eventstore_test"))
class CommandHandlerTest {

    sealed interface TallyEvent {
        @EventType("test.thing.happened")
        record Counted(int n, String note) implements TallyEvent {
        }
    }

    record Tally(int total) {
    }

    static final Aggregate<Tally, TallyEvent> TALLY = new Aggregate<>(TallyEvent.class, new Tally(0),
            (tally, event) -> switch (event) {
                case TallyEvent.Counted counted -> new Tally(tally.total() + counted.n());
            });

    @Inject
    CommandHandler commands;

    @Test
    void aCommandFoldsTheStreamDecidesAndAppendsAtTheVersionItLoaded() {
        StreamId stream = TestStreams.newStream();

        commands.create(stream, TALLY, tally -> List.of(new TallyEvent.Counted(2, "first")), TestStreams.metadata());
        Decision decision = commands.update(stream, ExpectedVersion.any(), TALLY,
                tally -> List.of(new TallyEvent.Counted(tally.total() + 1, "next")), TestStreams.metadata());

        assertThat(decision.version()).isEqualTo(2);
        assertThat(commands.load(stream.id(), TALLY).state().total()).isEqualTo(5);
        assertThat(commands.load(stream.id(), TALLY, Instant.EPOCH).exists()).isFalse();
    }

    @Test
    void eachAppendedEventIsDecodedOnceForEveryProjectionAndPolicyOfItsFamily() {
        StreamId stream = TestStreams.newStream();

        Decision decision = commands.create(stream, TALLY, tally -> List.of(new TallyEvent.Counted(3, "once")),
                TestStreams.metadata());

        java.util.UUID eventId = decision.events().getFirst().eventId();
        assertThat(TallyReaders.PROJECTED.get(eventId)).isEqualTo(new TallyEvent.Counted(3, "once"))
                .isSameAs(TallyReaders.REACTED_TO.get(eventId));
    }

    @Test
    void startOrUpdateStartsANewStreamAndContinuesAnExistingOne() {
        StreamId stream = TestStreams.newStream();

        commands.startOrUpdate(stream, TALLY, tally -> List.of(new TallyEvent.Counted(1, "a")), TestStreams.metadata());
        Decision second = commands.startOrUpdate(stream, TALLY, tally -> List.of(new TallyEvent.Counted(1, "b")),
                TestStreams.metadata());

        assertThat(second.version()).isEqualTo(2);
    }

    @Test
    void startOrUpdateChecksTheVersionTheCallerSaw_zeroBeforeTheStreamStarts_andAStaleOneWritesNothing() {
        StreamId stream = TestStreams.newStream();
        Decision first = commands.startOrUpdate(stream, ExpectedVersion.exactly(0), TALLY,
                tally -> List.of(new TallyEvent.Counted(1, "a")), TestStreams.metadata());
        commands.startOrUpdate(stream, ExpectedVersion.exactly(first.version()), TALLY,
                tally -> List.of(new TallyEvent.Counted(1, "b")), TestStreams.metadata());

        assertThatThrownBy(() -> commands.startOrUpdate(stream, ExpectedVersion.exactly(first.version()), TALLY,
                tally -> List.of(new TallyEvent.Counted(1, "c")), TestStreams.metadata()))
                .isInstanceOf(WrongExpectedVersion.class);
        assertThat(commands.load(stream.id(), TALLY).version()).isEqualTo(2);
    }

    @Test
    void aCommandWithoutAVersionWaitsForAConcurrentWriterAndDecidesOnWhatItWrote() throws Exception {
        StreamId stream = TestStreams.newStream();
        commands.create(stream, TALLY, tally -> List.of(new TallyEvent.Counted(1, "a")), TestStreams.metadata());
        java.util.concurrent.CountDownLatch written = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CompletableFuture<Void> consumer = java.util.concurrent.CompletableFuture.runAsync(() ->
                io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> {
                    commands.update(stream, ExpectedVersion.any(), TALLY,
                            tally -> List.of(new TallyEvent.Counted(10, "by a consumer")), TestStreams.metadata());
                    written.countDown();
                    sleep(500); // still uncommitted while the command below starts
                }));
        written.await();

        Decision decision = commands.update(stream, ExpectedVersion.any(), TALLY,
                tally -> List.of(new TallyEvent.Counted(tally.total(), "double")), TestStreams.metadata());
        consumer.get();

        assertThat(decision.version()).isEqualTo(3);
        assertThat(commands.load(stream.id(), TALLY).state().total()).isEqualTo(22);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void anUpdateNeedsAnExistingStreamAndTheVersionTheCallerSaw() {
        StreamId stream = TestStreams.newStream();
        assertThatThrownBy(() -> commands.update(stream, ExpectedVersion.any(), TALLY, tally -> List.of(),
                TestStreams.metadata())).isInstanceOf(StreamNotFound.class);
        commands.create(stream, TALLY, tally -> List.of(new TallyEvent.Counted(1, "a")), TestStreams.metadata());
        assertThatThrownBy(() -> commands.update(stream, ExpectedVersion.exactly(7), TALLY,
                tally -> List.of(new TallyEvent.Counted(1, "b")), TestStreams.metadata()))
                .isInstanceOf(WrongExpectedVersion.class);
        assertThatThrownBy(() -> commands.create(stream, TALLY, tally -> List.of(new TallyEvent.Counted(1, "c")),
                TestStreams.metadata())).isInstanceOf(WrongExpectedVersion.class);
    }
}

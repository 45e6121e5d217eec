package org.desist.eventstore.shredding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.desist.eventstore.EventHasher;
import org.desist.eventstore.EventStore;
import org.desist.eventstore.EventStoreFailure;
import org.desist.eventstore.ExpectedVersion;
import org.desist.eventstore.NewEvent;
import org.desist.eventstore.StoredEvent;
import org.desist.eventstore.StreamId;
import org.desist.eventstore.TestStreams;
import org.desist.testing.LocalPlatform;
import org.junit.jupiter.api.Test;

/**
 * Crypto-shredding on the real database: data sealed into an event reads back until its key is destroyed, then says
 * when it was erased; the key lives and dies with the transaction that stores or erases the data; the log's hash chain
 * holds over the ciphertext before and after.
 */
@QuarkusTest
@WithTestResource(value = LocalPlatform.class, initArgs = @ResourceArg(name = "database", value = "desist_eventstore_test"))
class DataKeysTest {

    @Inject
    DataKeys keys;

    @Inject
    EventStore store;

    @Inject
    ObjectMapper json;

    private static String keyId() {
        return "test/" + UUID.randomUUID();
    }

    private JsonNode personal() {
        return json.createObjectNode().put("name", "Alex Morgan").put("notes", "lives at 12 Station Road");
    }

    @Test
    void sealedDataInAnEventReadsBackUntilItsKeyIsDestroyed_thenSaysWhenItWasErased_andTheChainStillHolds() {
        String keyId = keyId();
        StreamId stream = TestStreams.newStream();
        List<StoredEvent> stored = QuarkusTransaction.requiringNew().call(() -> store.append(stream,
                ExpectedVersion.noStream(), List.of(new NewEvent("test.personal.recorded", 1,
                        json.valueToTree(keys.seal(keyId, personal())), Instant.now(), Optional.empty())),
                TestStreams.metadata()));

        StoredEvent event = store.readStream(stream.id()).getFirst();
        assertThat(event.payload().toString()).doesNotContain("Morgan").doesNotContain("Station");
        Sealed sealed = json.convertValue(event.payload(), Sealed.class);
        assertThat(keys.open(sealed)).isEqualTo(new DataKeys.Opened.Readable(personal()));

        Instant at = Instant.now().truncatedTo(ChronoUnit.MICROS);
        assertThat(keys.destroy(keyId, at)).isEqualTo(at);

        assertThat(keys.open(sealed)).isEqualTo(new DataKeys.Opened.Erased(at));
        StoredEvent after = store.readStream(stream.id()).getFirst();
        assertThat(after.payload()).isEqualTo(event.payload());
        assertThat(EventHasher.hash(after)).isEqualTo(after.hash()).isEqualTo(stored.getFirst().hash());
    }

    @Test
    void nothingMoreIsSealedUnderADestroyedKey_andDestroyingItAgainAnswersTheFirstTime() {
        String keyId = keyId();
        Instant first = Instant.now().truncatedTo(ChronoUnit.MICROS);
        keys.destroy(keyId, first);

        assertThatThrownBy(() -> keys.seal(keyId, personal())).isInstanceOf(DataErased.class)
                .hasMessageContaining("destroyed at " + first);
        assertThat(keys.destroy(keyId, first.plusSeconds(60))).isEqualTo(first);
    }

    @Test
    void aKeyLivesAndDiesWithTheTransactionThatStoresOrErasesItsData() {
        String keyId = keyId();
        Sealed sealed = keys.seal(keyId, personal());

        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
            keys.destroy(keyId, Instant.now());
            throw new IllegalStateException("the process dies before the erasure is recorded");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(keys.open(sealed)).as("a destroy rolled back leaves the key").isInstanceOf(DataKeys.Opened.Readable.class);

        String unborn = keyId();
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
            keys.seal(unborn, personal());
            throw new IllegalStateException("the process dies before the event is stored");
        })).isInstanceOf(IllegalStateException.class);
        Sealed underIt = new Sealed(unborn, sealed.nonce(), sealed.ciphertext());
        assertThatThrownBy(() -> keys.open(underIt)).as("no key outlives the transaction it was made in")
                .isInstanceOf(EventStoreFailure.class).hasMessageContaining("no data key");
    }
}

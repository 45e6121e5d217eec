package org.desist.eventstore.command;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Features' states folded from streams, kept in memory at the version they were folded to, so that a command on a
 * person with years of history reads and folds only the events since. Always right, because the log is immutable: a
 * state folded from versions 1 to v stays the fold of 1 to v, and what came after is read and folded on top. A state
 * folded inside a transaction is kept only once that transaction commits (its own events might otherwise never
 * exist); least recently used states go first when the cache is full.
 */
@ApplicationScoped
public class StateCache {

    /** How many folded states the cache keeps ({@code desist.eventstore.state-cache.size}); 0 turns it off. */
    @ConfigMapping(prefix = "desist.eventstore.state-cache")
    public interface Config {
        @WithDefault("20000")
        int size();
    }

    record Key(String stream, Aggregate<?, ?> aggregate) {
    }

    record Folded<S>(S state, long version) {
    }

    private static final Object PENDING = new Object();

    private final TransactionSynchronizationRegistry transactions;
    private final int size;
    private final Map<Key, Folded<?>> states;

    StateCache(TransactionSynchronizationRegistry transactions, Config config) {
        this.transactions = transactions;
        this.size = config.size();
        this.states = new LinkedHashMap<>(1024, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, Folded<?>> eldest) {
                return size() > StateCache.this.size;
            }
        };
    }

    @SuppressWarnings("unchecked")
    <S> Optional<Folded<S>> get(String stream, Aggregate<S, ?> aggregate) {
        if (size == 0) {
            return Optional.empty();
        }
        synchronized (states) {
            return Optional.ofNullable((Folded<S>) states.get(new Key(stream, aggregate)));
        }
    }

    /** Keeps the state folded to {@code version}: now, or when the surrounding transaction commits. */
    <S> void offer(String stream, Aggregate<S, ?> aggregate, S state, long version) {
        if (size == 0 || version == 0) {
            return;
        }
        Key key = new Key(stream, aggregate);
        Folded<S> folded = new Folded<>(state, version);
        if (transactions.getTransactionStatus() != Status.STATUS_ACTIVE) {
            put(key, folded);
            return;
        }
        pending().add(Map.entry(key, folded));
    }

    /** Forgets everything: for tests that change the log behind the kernel's back. */
    public void clear() {
        synchronized (states) {
            states.clear();
        }
    }

    private void put(Key key, Folded<?> folded) {
        synchronized (states) {
            Folded<?> held = states.get(key);
            if (held == null || held.version() < folded.version()) {
                states.put(key, folded);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private List<Map.Entry<Key, Folded<?>>> pending() {
        List<Map.Entry<Key, Folded<?>>> pending = (List<Map.Entry<Key, Folded<?>>>) transactions.getResource(PENDING);
        if (pending == null) {
            List<Map.Entry<Key, Folded<?>>> created = new ArrayList<>();
            transactions.putResource(PENDING, created);
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                    // nothing to do before: only a commit makes the folded states true
                }

                @Override
                public void afterCompletion(int status) {
                    if (status == Status.STATUS_COMMITTED) {
                        created.forEach(entry -> put(entry.getKey(), entry.getValue()));
                    }
                }
            });
            pending = created;
        }
        return pending;
    }
}

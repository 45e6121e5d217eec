package org.desist.cases.person;

import jakarta.annotation.Priority;
import jakarta.decorator.Decorator;
import jakarta.decorator.Delegate;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.desist.eventstore.StoredEvent;
import org.desist.eventstore.command.Decoded;
import org.desist.eventstore.projection.Projection;

/** Test-only: lets a test hold a real rebuild of the people read model in the middle of its replay. */
@Decorator
@Priority(1)
public abstract class HeldReplays implements Projection<PersonEvent> {

    /** A hold on the named projection's next page: {@code reached} opens when it is held, {@code release} lets it go. */
    public record Hold(String name, CountDownLatch reached, CountDownLatch release) {

        public static Hold on(String name) {
            return new Hold(name, new CountDownLatch(1), new CountDownLatch(1));
        }
    }

    private static volatile Hold hold;

    @Inject
    @Delegate
    @Any
    Projection<PersonEvent> delegate;

    public static void hold(Hold next) {
        hold = next;
    }

    // Every method is spelled out: ArC cannot yet generate a generic interface's methods for a decorator.
    @Override
    public String name() {
        return delegate.name();
    }

    @Override
    public Class<PersonEvent> family() {
        return delegate.family();
    }

    @Override
    public void apply(StoredEvent stored, PersonEvent event) {
        delegate.apply(stored, event);
    }

    @Override
    public void reset() {
        delegate.reset();
    }

    @Override
    public void replay(List<Decoded<PersonEvent>> events) {
        Hold current = hold;
        if (current != null && current.name().equals(delegate.name())) {
            hold = null;
            current.reached().countDown();
            try {
                if (!current.release().await(30, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("a held replay of " + current.name() + " was never released");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        delegate.replay(events);
    }
}

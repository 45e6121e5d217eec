package org.desist.eventstore.relay;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Wakes the relay when an append in this process commits, so that a new event is published at once rather than at the
 * relay's next poll; the poll still runs, for appends made by other instances.
 */
@ApplicationScoped
public class AppendSignal {

    private final Semaphore committed = new Semaphore(0);

    /** Called after a transaction that appended events commits. */
    public void committed() {
        if (committed.availablePermits() == 0) {
            committed.release();
        }
    }

    /** Waits until an append commits or the time passes; answers whether one did. */
    boolean awaitCommit(Duration atMost) throws InterruptedException {
        boolean signalled = committed.tryAcquire(atMost.toNanos(), TimeUnit.NANOSECONDS);
        committed.drainPermits();
        return signalled;
    }
}

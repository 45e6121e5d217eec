package org.desist.reporting.dashboard;

/**
 * Where a rebuild's replay of one topic partition stands: pure. The consumer is sought back to {@code next}; until the
 * record at {@code next} arrives, what it still delivers from before the seek is held back (it comes again, in order),
 * so that no later fact is applied before the history it follows. Done once {@code next} reaches {@code end}, where the
 * partition ended when the rebuild began; what comes after is live and handled as ever.
 */
record ReplayedPartition(String topic, int partition, long start, long end, long next, boolean resumed) {

    /** What to do with a record the consumer delivers. */
    enum Action { HANDLE, HOLD_BACK }

    record Step(Action action, ReplayedPartition after) {
    }

    /** A partition to replay from its first record, not yet sought there. */
    static ReplayedPartition from(String topic, int partition, long start, long end) {
        return new ReplayedPartition(topic, partition, start, end, start, false);
    }

    boolean done() {
        return next >= end;
    }

    /** The consumer has just been sought back to {@code next}: wait for that record again. */
    ReplayedPartition sought() {
        return done() ? this : new ReplayedPartition(topic, partition, start, end, next, false);
    }

    Step receive(long offset) {
        if (done() || resumed || offset == next) {
            return new Step(Action.HANDLE, new ReplayedPartition(topic, partition, start, end, Math.max(next, offset + 1),
                    true));
        }
        return new Step(Action.HOLD_BACK, this);
    }

    long replayed() {
        return Math.max(0, Math.min(next, end) - start);
    }

    long lag() {
        return Math.max(0, end - next);
    }
}

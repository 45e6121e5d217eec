package org.desist.bench;

import org.HdrHistogram.Histogram;

/**
 * One writer thread's share of the work: the streams it alone writes (so that it knows their versions and can
 * append with an exact expected version) and the latencies of its appends.
 *
 * @param <B> an append made ready before the clock starts
 */
abstract class Lane<B> implements AutoCloseable {

    private final String[] streams;
    private final long[] versions;
    private int next;
    final Histogram latencies = new Histogram(3);

    Lane(String[] streams) {
        this.streams = streams;
        this.versions = new long[streams.length];
    }

    /** Appends {@code count} events to this lane's next stream; answers how long the append took, in nanoseconds. */
    final long appendNext(long firstSequence, int count) throws Exception {
        int s = next;
        next = (next + 1) % streams.length;
        B batch = prepare(s, streams[s], versions[s], firstSequence, count);
        long start = System.nanoTime();
        append(batch);
        long took = System.nanoTime() - start;
        versions[s] += count;
        latencies.recordValue(took);
        return took;
    }

    /** Builds the events of one append to {@code stream}, whose version is {@code version}; not timed. */
    abstract B prepare(int index, String stream, long version, long firstSequence, int count) throws Exception;

    /** Writes them durably: the timed part. */
    abstract void append(B batch) throws Exception;

    @Override
    public void close() throws Exception {
    }

    /** Stream {@code i} of {@code total} belongs to lane {@code i % lanes}. */
    static String[] streamsOf(String prefix, int lane, int lanes, int total) {
        int count = (total - lane + lanes - 1) / lanes;
        String[] ids = new String[count];
        for (int k = 0; k < count; k++) {
            ids[k] = prefix + String.format("%06d", lane + k * lanes);
        }
        return ids;
    }
}

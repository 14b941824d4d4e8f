package warta.core.worker;

import java.util.concurrent.atomic.AtomicLong;

/**
 * What a worker has done since it started, for metrics: records consumed (taken up), results
 * produced, failures produced, attempts made again, pauses for rate limits, and the lag (records on its partitions not
 * yet consumed, as its consumer last knew). Thread-safe; read while the worker runs.
 */
public final class WorkerStats {

    private final AtomicLong consumed = new AtomicLong();
    private final AtomicLong produced = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private final AtomicLong retried = new AtomicLong();
    private final AtomicLong pauses = new AtomicLong();
    private volatile long lag;

    public long consumed() {
        return consumed.get();
    }

    public long produced() {
        return produced.get();
    }

    public long failed() {
        return failed.get();
    }

    public long retried() {
        return retried.get();
    }

    /** How many times a rate limit paused the partitions. */
    public long pauses() {
        return pauses.get();
    }

    public long lag() {
        return lag;
    }

    void addConsumed(int count) {
        consumed.addAndGet(count);
    }

    void addProduced() {
        produced.incrementAndGet();
    }

    void addFailed() {
        failed.incrementAndGet();
    }

    void addRetried() {
        retried.incrementAndGet();
    }

    void addPause() {
        pauses.incrementAndGet();
    }

    void setLag(long lag) {
        this.lag = lag;
    }

    @Override
    public String toString() {
        return "consumed " + consumed() + ", produced " + produced() + ", failed " + failed() + ", retried " + retried()
                + ", lag " + lag();
    }
}

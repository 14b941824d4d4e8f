package warta.core.worker;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.apache.kafka.common.TopicPartition;

/**
 * What a worker has done since it started, and its state now, for metrics ({@link WorkerMetrics}):
 * records consumed (taken up), results produced, of those the results made wholly from the
 * response cache (a record delivered again, recognised as done), failures produced, attempts made
 * again, pauses for rate limits; and now: the articles in flight, the partitions assigned and
 * paused, and the lag of each partition (records not yet taken up, as its consumer last knew; a
 * partition whose lag the consumer does not know yet is absent). Thread-safe; read while the
 * worker runs, written by its loop.
 */
public final class WorkerStats {

    private final AtomicLong consumed = new AtomicLong();
    private final AtomicLong produced = new AtomicLong();
    private final AtomicLong cached = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private final AtomicLong retried = new AtomicLong();
    private final AtomicLong pauses = new AtomicLong();
    private final List<Consumer<Set<TopicPartition>>> partitionListeners = new CopyOnWriteArrayList<>();
    private volatile int inFlight;
    private volatile int assigned;
    private volatile int paused;
    private volatile Map<TopicPartition, Long> lags = Map.of();

    public long consumed() {
        return consumed.get();
    }

    public long produced() {
        return produced.get();
    }

    /** Of the results produced, those whose every model request the response cache answered. */
    public long cached() {
        return cached.get();
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

    /** Articles taken up and not settled: being processed, waiting for another attempt, or being produced. */
    public int inFlight() {
        return inFlight;
    }

    public int assignedPartitions() {
        return assigned;
    }

    /** Partitions paused: the worker is full, rate limited or stopping. */
    public int pausedPartitions() {
        return paused;
    }

    /** The lag of every assigned partition whose lag is known. */
    public Map<TopicPartition, Long> lags() {
        return lags;
    }

    /** The lag of all assigned partitions together. */
    public long lag() {
        return lags.values().stream().mapToLong(Long::longValue).sum();
    }

    /**
     * Calls {@code listener} with the partitions whose lag is known: once now (on the caller's
     * thread, so that a listener added after the worker started misses none), then from the
     * worker's thread whenever that set changes (a rebalance, a first fetch); for metrics that
     * need a series per partition. Calls never overlap, and the last one has the current set.
     */
    public synchronized void onPartitionsChanged(Consumer<Set<TopicPartition>> listener) {
        partitionListeners.add(listener);
        listener.accept(lags.keySet()); // once now: the worker may have started before the listener came
    }

    void addConsumed(int count) {
        consumed.addAndGet(count);
    }

    void addProduced(boolean fromCache) {
        produced.incrementAndGet();
        if (fromCache) {
            cached.incrementAndGet();
        }
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

    void setInFlight(int inFlight) {
        this.inFlight = inFlight;
    }

    void setPaused(int paused) {
        this.paused = paused;
    }

    void setState(int assigned, int paused) {
        this.assigned = assigned;
        this.paused = paused;
    }

    synchronized void setLags(Map<TopicPartition, Long> lags) {
        Map<TopicPartition, Long> copy = Map.copyOf(lags);
        boolean changed = !copy.keySet().equals(this.lags.keySet());
        this.lags = copy;
        if (changed) {
            partitionListeners.forEach(listener -> listener.accept(copy.keySet()));
        }
    }

    @Override
    public String toString() {
        return "consumed " + consumed() + ", produced " + produced() + " (" + cached() + " from the cache), failed "
                + failed() + ", retried " + retried() + ", lag " + lag();
    }
}

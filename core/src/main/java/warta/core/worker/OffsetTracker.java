package warta.core.worker;

import java.util.OptionalLong;
import java.util.TreeMap;

/**
 * The records of one partition a worker has taken up, and which of them are settled (their result
 * or failure produced): what may be committed is the offset after the longest settled run from
 * the oldest record on, so a record finished early waits for the ones before it, and nothing is
 * committed past a record still in flight. Not thread-safe: the worker's loop owns it.
 */
final class OffsetTracker {

    private final TreeMap<Long, Boolean> pending = new TreeMap<>();

    /** A record taken up; offsets are added in increasing order, as a partition delivers them. */
    void add(long offset) {
        pending.put(offset, Boolean.FALSE);
    }

    /** A record settled; one this tracker does not hold (already committed) is ignored. */
    void settle(long offset) {
        pending.computeIfPresent(offset, (o, settled) -> Boolean.TRUE);
    }

    /**
     * The offset to commit (the one after the last of the settled run at the head), forgetting
     * that run; empty when the oldest record is not settled (or none is held).
     */
    OptionalLong committable() {
        long next = -1;
        while (!pending.isEmpty() && pending.firstEntry().getValue()) {
            next = pending.pollFirstEntry().getKey() + 1;
        }
        return next < 0 ? OptionalLong.empty() : OptionalLong.of(next);
    }

    /** How many records are taken up and not committed yet. */
    int held() {
        return pending.size();
    }
}

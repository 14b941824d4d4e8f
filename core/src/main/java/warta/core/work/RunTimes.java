package warta.core.work;

import java.time.Duration;

/**
 * How long recent pieces of work took (an exponential moving average), to tell a refused client
 * roughly when a place in the queue frees up. Thread-safe.
 */
final class RunTimes {

    /** Assumed before anything has run. */
    static final Duration FIRST_GUESS = Duration.ofSeconds(5);
    /** The weight of the newest run time. */
    private static final double WEIGHT = 0.2;

    private final Duration longest;
    private double averageMillis = FIRST_GUESS.toMillis();

    /** @param longest no run takes longer than this (the request timeout), nor does any wait told */
    RunTimes(Duration longest) {
        this.longest = longest;
    }

    synchronized void record(Duration took) {
        averageMillis += WEIGHT * (took.toMillis() - averageMillis);
    }

    /**
     * About how long until {@code ahead} pieces of work (the waiting ones and the caller's) have
     * started on {@code workers} workers: at least a second, at most the longest run time.
     */
    synchronized Duration retryAfter(int ahead, int workers) {
        double millis = averageMillis * Math.ceil((double) ahead / workers);
        long capped = Math.min((long) millis, longest.toMillis());
        long seconds = Math.max(1, (capped + 999) / 1000);
        return Duration.ofSeconds(seconds);
    }
}

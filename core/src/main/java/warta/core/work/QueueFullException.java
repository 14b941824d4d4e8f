package warta.core.work;

import java.time.Duration;
import java.util.Objects;
import warta.core.error.WartaException;

/**
 * Every worker is busy and the queue is full: answered 429 with {@code Retry-After}. The request
 * was not started, so sending it again later is safe.
 */
public class QueueFullException extends WartaException {

    private final Duration retryAfter;

    public QueueFullException(int workers, int queueSize, Duration retryAfter) {
        super("the server is busy: " + workers + " articles are being processed and " + queueSize
                + " are waiting; try again later");
        this.retryAfter = Objects.requireNonNull(retryAfter, "retryAfter");
    }

    /** About how long a slot in the queue takes to free up. */
    public Duration retryAfter() {
        return retryAfter;
    }
}

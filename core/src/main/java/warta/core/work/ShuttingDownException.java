package warta.core.work;

import java.time.Duration;
import warta.core.error.WartaException;

/**
 * The server is shutting down and takes no new model work: answered 503 with {@code Retry-After},
 * by when a restarted (or another) instance should answer.
 */
public class ShuttingDownException extends WartaException {

    /** What a client is told to wait. */
    public static final Duration RETRY_AFTER = Duration.ofSeconds(10);

    public ShuttingDownException() {
        super("the server is shutting down and takes no new work; try again shortly");
    }

    public Duration retryAfter() {
        return RETRY_AFTER;
    }
}

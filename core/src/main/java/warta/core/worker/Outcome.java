package warta.core.worker;

import java.time.Duration;

/** How the processing of one record ended, as the worker's loop acts on it. */
sealed interface Outcome {

    /** The article's id. */
    String id();

    /**
     * A result document to produce to the results topic (checks passed or not); {@code fromCache}
     * when the response cache answered its every model request (a record delivered again).
     */
    record Result(String id, String resultKey, String json, boolean checksPassed, boolean fromCache)
            implements Outcome {}

    /** A failure for the failed topic: bad input, a provider's lasting refusal, or the retries spent. */
    record Failed(String id, String resultKey, String reason) implements Outcome {}

    /** The provider is rate limiting: the record is tried again once {@code delay} has passed. */
    record RateLimited(String id, Duration delay, String reason) implements Outcome {}

    /** A failure on the provider's temporary state (timeout, 5xx, unreachable): worth another attempt. */
    record Temporary(String id, String resultKey, String reason) implements Outcome {}
}

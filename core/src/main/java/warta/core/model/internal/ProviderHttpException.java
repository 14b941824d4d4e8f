package warta.core.model.internal;

import dev.langchain4j.exception.HttpException;
import java.time.Duration;
import java.util.Optional;

/**
 * An HTTP error response, like LangChain4j's {@link HttpException} (status code, body as the
 * message) plus the wait the server asked for. Being an {@code HttpException} with no cause,
 * LangChain4j's exception mapper still turns it into its usual types ({@code RateLimitException}
 * for 429 ...) and keeps it as their cause, where {@code ModelErrors} finds it.
 */
public final class ProviderHttpException extends HttpException {

    private final Duration retryAfter;

    public ProviderHttpException(int statusCode, String body, Duration retryAfter) {
        super(statusCode, body);
        this.retryAfter = retryAfter;
    }

    /** The {@code Retry-After} of the response, if it had a usable one. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}

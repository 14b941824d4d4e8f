package warta.core.model.internal;

import dev.langchain4j.http.client.HttpClientBuilder;
import java.time.Clock;
import java.time.Duration;

/**
 * Builds {@link RetryAfterHttpClient}s; hand it to a LangChain4j model builder's
 * {@code httpClientBuilder(...)}. The model sets both timeouts before it builds.
 */
public final class RetryAfterHttpClientBuilder implements HttpClientBuilder {

    private final Clock clock;
    private Duration connectTimeout;
    private Duration readTimeout;

    public RetryAfterHttpClientBuilder() {
        this(Clock.systemUTC());
    }

    /** @param clock the time HTTP-date {@code Retry-After} values are measured from */
    public RetryAfterHttpClientBuilder(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Duration connectTimeout() {
        return connectTimeout;
    }

    @Override
    public RetryAfterHttpClientBuilder connectTimeout(Duration timeout) {
        this.connectTimeout = timeout;
        return this;
    }

    @Override
    public Duration readTimeout() {
        return readTimeout;
    }

    @Override
    public RetryAfterHttpClientBuilder readTimeout(Duration timeout) {
        this.readTimeout = timeout;
        return this;
    }

    @Override
    public RetryAfterHttpClient build() {
        return new RetryAfterHttpClient(connectTimeout, readTimeout, clock);
    }
}

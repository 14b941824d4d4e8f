package warta.core.model.internal;

import dev.langchain4j.exception.TimeoutException;
import dev.langchain4j.http.client.HttpClient;
import dev.langchain4j.http.client.HttpClientBuilderLoader;
import dev.langchain4j.http.client.HttpRequest;
import dev.langchain4j.http.client.SuccessfulHttpResponse;
import dev.langchain4j.http.client.sse.ServerSentEventListener;
import dev.langchain4j.http.client.sse.ServerSentEventParser;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;

/**
 * LangChain4j's JDK HTTP client with one difference: a non-2xx answer to a plain request is
 * thrown as {@link ProviderHttpException}, which keeps the response's {@code Retry-After}.
 * LangChain4j's {@code JdkHttpClient} throws a bare {@code HttpException} (status and body
 * only), so the header is lost before any model code sees it. Timeouts and I/O failures are
 * reported exactly as {@code JdkHttpClient} reports them; streaming and multipart requests, which
 * Warta does not make, are handed to the client LangChain4j would have used, built on first use.
 * Thread-safe, like the JDK client under it.
 */
public final class RetryAfterHttpClient implements HttpClient {

    private final java.net.http.HttpClient http;
    private final Duration connectTimeout;
    private final Duration readTimeout;
    private final Clock clock;
    private HttpClient fallback;

    RetryAfterHttpClient(Duration connectTimeout, Duration readTimeout, Clock clock) {
        java.net.http.HttpClient.Builder builder = java.net.http.HttpClient.newBuilder();
        if (connectTimeout != null) {
            builder.connectTimeout(connectTimeout);
        }
        this.http = builder.build();
        this.connectTimeout = connectTimeout;
        this.readTimeout = readTimeout;
        this.clock = clock;
    }

    @Override
    public SuccessfulHttpResponse execute(HttpRequest request) {
        if (!request.formDataFields().isEmpty() || !request.formDataFiles().isEmpty()) {
            return fallback().execute(request);
        }
        HttpResponse<byte[]> response = send(request);
        int status = response.statusCode();
        if (status < 200 || status > 299) {
            throw new ProviderHttpException(
                    status,
                    new String(response.body(), StandardCharsets.UTF_8),
                    RetryAfter.from(response.headers(), clock.instant()).orElse(null));
        }
        return SuccessfulHttpResponse.builder()
                .statusCode(status)
                .headers(response.headers().map())
                .body(response.body())
                .build();
    }

    @Override
    public void execute(HttpRequest request, ServerSentEventParser parser, ServerSentEventListener listener) {
        fallback().execute(request, parser, listener);
    }

    private synchronized HttpClient fallback() {
        if (fallback == null) {
            fallback = HttpClientBuilderLoader.loadHttpClientBuilder()
                    .connectTimeout(connectTimeout)
                    .readTimeout(readTimeout)
                    .build();
        }
        return fallback;
    }

    private HttpResponse<byte[]> send(HttpRequest request) {
        try {
            return http.send(toJdk(request), BodyHandlers.ofByteArray());
        } catch (HttpTimeoutException e) {
            throw new TimeoutException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RuntimeException(e);
        } catch (IOException e) {
            throw new RuntimeException(e);
        }
    }

    private java.net.http.HttpRequest toJdk(HttpRequest request) {
        java.net.http.HttpRequest.Builder builder = java.net.http.HttpRequest.newBuilder(URI.create(request.url()));
        request.headers().forEach((name, values) -> {
            if (values != null) {
                values.forEach(value -> builder.header(name, value));
            }
        });
        builder.method(
                request.method().name(),
                request.body() == null ? BodyPublishers.noBody() : BodyPublishers.ofString(request.body()));
        if (readTimeout != null) {
            builder.timeout(readTimeout);
        }
        return builder.build();
    }
}

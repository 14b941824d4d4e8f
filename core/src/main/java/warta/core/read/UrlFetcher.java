package warta.core.read;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import warta.core.InputException;
import warta.core.article.Source;

/**
 * Fetches a URL with {@link HttpClient}: follows redirects, applies the timeout to connecting,
 * to the response headers and to the whole body, and reads at most {@code maxBytes + 1} bytes of the body. The client is created on
 * first use, so constructing a fetcher does no I/O; it is shared and thread-safe afterwards.
 */
final class UrlFetcher {

    /** What came back: the body and its {@code Content-Type} header (null when absent). */
    record Fetched(byte[] body, String contentType) {
    }

    private final ReadOptions options;
    private volatile HttpClient client;

    UrlFetcher(ReadOptions options) {
        this.options = options;
    }

    Fetched fetch(URI uri, Source source) {
        try {
            long deadline = System.nanoTime() + options.timeout().toNanos();
            HttpResponse<InputStream> response = client().send(request(uri), HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                checkStatus(response, uri);
                response.headers().firstValueAsLong("Content-Length")
                        .ifPresent(length -> Limits.checkSize(length, options.maxBytes(), source));
                byte[] data = readBefore(deadline, body, source);
                return new Fetched(data, response.headers().firstValue("Content-Type").orElse(null));
            }
        } catch (IOException e) {
            throw new InputException("could not fetch " + uri + ": " + reason(e), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InputException("could not fetch " + uri + ": interrupted", e);
        }
    }

    /**
     * Reads the body, closing it when the deadline passes: the request timeout covers only the
     * wait for the headers, and a server that then stalls must not hang the reader.
     */
    private byte[] readBefore(long deadline, InputStream body, Source source) throws IOException {
        AtomicBoolean expired = new AtomicBoolean();
        long remaining = Math.max(0, deadline - System.nanoTime());
        CompletableFuture<Void> guard = CompletableFuture.runAsync(() -> {
            expired.set(true);
            closeQuietly(body);
        }, CompletableFuture.delayedExecutor(remaining, TimeUnit.NANOSECONDS));
        try {
            byte[] data = Limits.readAtMost(body, options.maxBytes(), source);
            if (expired.get()) {
                throw new HttpTimeoutException("body not complete in time");
            }
            return data;
        } catch (IOException e) {
            throw expired.get() ? new HttpTimeoutException("body not complete in time") : e;
        } finally {
            guard.cancel(false);
        }
    }

    private static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException ignored) {
            // the reader sees the stream closed; nothing more to do
        }
    }

    private HttpRequest request(URI uri) {
        return HttpRequest.newBuilder(uri)
                .GET()
                .timeout(options.timeout())
                .header("User-Agent", options.userAgent())
                .header("Accept", "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.5")
                .build();
    }

    private static void checkStatus(HttpResponse<?> response, URI uri) {
        if (response.statusCode() >= 400) {
            throw new InputException(uri + " answered HTTP " + response.statusCode());
        }
    }

    private String reason(IOException e) {
        if (e instanceof HttpConnectTimeoutException || e instanceof HttpTimeoutException) {
            return "timed out after " + seconds() + " s";
        }
        if (e instanceof UnknownHostException || e.getCause() instanceof UnknownHostException) {
            return "unknown host";
        }
        if (e instanceof ConnectException) {
            return "connection refused";
        }
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }

    private String seconds() {
        double value = options.timeout().toMillis() / 1000.0;
        return value == Math.rint(value) ? String.valueOf((long) value) : String.format(Locale.ROOT, "%.1f", value);
    }

    private HttpClient client() {
        HttpClient local = client;
        if (local == null) {
            synchronized (this) {
                if (client == null) {
                    client = HttpClient.newBuilder()
                            .connectTimeout(options.timeout())
                            .followRedirects(HttpClient.Redirect.NORMAL)
                            .build();
                }
                local = client;
            }
        }
        return local;
    }
}

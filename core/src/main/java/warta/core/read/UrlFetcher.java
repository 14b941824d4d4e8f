package warta.core.read;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;
import warta.core.article.Source;
import warta.core.error.InputException;

/**
 * Fetches a URL with {@link HttpClient}: follows redirects, applies the timeout to connecting,
 * to the response headers and to the whole body, and reads at most {@code maxBytes + 1} bytes of the body. The client is created on
 * first use, so constructing a fetcher does no I/O; it is shared and thread-safe afterwards.
 *
 * <p>When {@link ReadOptions#privateAddressesAllowed()} is false, the host of the URL is resolved
 * and refused before any connection when one of its addresses is not public
 * ({@link PrivateAddresses}); redirects are then followed here, one hop at a time and at most
 * {@value #MAX_REDIRECTS}, so that every hop is checked the same way. The client resolves the
 * host again when it connects; a DNS answer that changes in between (rebinding) is not caught.
 */
final class UrlFetcher {

    /** The most redirects followed when private addresses are refused. */
    static final int MAX_REDIRECTS = 5;

    private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);

    /** What came back: the body and its {@code Content-Type} header (null when absent). */
    record Fetched(byte[] body, String contentType) {}

    private final ReadOptions options;
    private final Predicate<InetAddress> refused;
    private volatile HttpClient client;

    UrlFetcher(ReadOptions options) {
        this(options, PrivateAddresses::isPrivate);
    }

    /** A fetcher that, when private addresses are not allowed, refuses the addresses {@code refused} picks. */
    UrlFetcher(ReadOptions options, Predicate<InetAddress> refused) {
        this.options = options;
        this.refused = refused;
    }

    Fetched fetch(URI uri, Source source) {
        try {
            long deadline = System.nanoTime() + options.timeout().toNanos();
            HttpResponse<InputStream> response = options.privateAddressesAllowed()
                    ? client().send(request(uri), HttpResponse.BodyHandlers.ofInputStream())
                    : sendToPublicHosts(uri);
            try (InputStream body = response.body()) {
                checkStatus(response, uri);
                response.headers()
                        .firstValueAsLong("Content-Length")
                        .ifPresent(length -> Limits.checkSize(length, options.maxBytes(), source));
                byte[] data = readBefore(deadline, body, source);
                return new Fetched(
                        data, response.headers().firstValue("Content-Type").orElse(null));
            }
        } catch (IOException e) {
            throw new InputException("could not fetch " + uri + ": " + reason(e), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InputException("could not fetch " + uri + ": interrupted", e);
        }
    }

    /** Sends the request and follows redirects, checking the host of every hop before contacting it. */
    private HttpResponse<InputStream> sendToPublicHosts(URI uri) throws IOException, InterruptedException {
        URI hop = uri;
        for (int redirects = 0; ; redirects++) {
            checkPublic(uri, hop);
            HttpResponse<InputStream> response = client().send(request(hop), HttpResponse.BodyHandlers.ofInputStream());
            Optional<URI> next = redirectTarget(response, hop);
            if (next.isEmpty()) {
                return response;
            }
            closeQuietly(response.body());
            if (redirects == MAX_REDIRECTS) {
                throw new InputException(uri + " redirects more than " + MAX_REDIRECTS + " times");
            }
            hop = next.get();
        }
    }

    /** Refuses {@code hop} when its host has an address that is not public; {@code uri} is what was asked for. */
    private void checkPublic(URI uri, URI hop) throws IOException {
        String host = hop.getHost();
        if (host == null) {
            throw new InputException("not an http or https URL: " + hop);
        }
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        for (InetAddress address : InetAddress.getAllByName(host)) {
            if (refused.test(address)) {
                String subject = hop.equals(uri) ? uri.toString() : uri + " redirects to " + hop + ", which";
                throw new InputException(subject + " resolves to a private address (" + address.getHostAddress()
                        + "); the server does not fetch those");
            }
        }
    }

    /**
     * Where a redirect leads, as {@link HttpClient.Redirect#NORMAL} would follow it: never from
     * https to http (the redirect itself is then the answer), never to another scheme.
     */
    private static Optional<URI> redirectTarget(HttpResponse<?> response, URI hop) {
        Optional<String> location = response.headers().firstValue("Location");
        if (!REDIRECTS.contains(response.statusCode()) || location.isEmpty()) {
            return Optional.empty();
        }
        URI target;
        try {
            target = hop.resolve(location.get().strip());
        } catch (IllegalArgumentException e) {
            throw new InputException(hop + " redirects to a malformed URL: " + location.get());
        }
        String scheme = target.getScheme() == null ? "" : target.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new InputException(hop + " redirects to a URL that is not http or https: " + target);
        }
        boolean downgrade = "https".equalsIgnoreCase(hop.getScheme()) && scheme.equals("http");
        return downgrade ? Optional.empty() : Optional.of(target);
    }

    /**
     * Reads the body, closing it when the deadline passes: the request timeout covers only the
     * wait for the headers, and a server that then stalls must not hang the reader.
     */
    private byte[] readBefore(long deadline, InputStream body, Source source) throws IOException {
        AtomicBoolean expired = new AtomicBoolean();
        long remaining = Math.max(0, deadline - System.nanoTime());
        CompletableFuture<Void> guard = CompletableFuture.runAsync(
                () -> {
                    expired.set(true);
                    closeQuietly(body);
                },
                CompletableFuture.delayedExecutor(remaining, TimeUnit.NANOSECONDS));
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
                            .followRedirects(
                                    options.privateAddressesAllowed()
                                            ? HttpClient.Redirect.NORMAL
                                            : HttpClient.Redirect.NEVER)
                            .build();
                }
                local = client;
            }
        }
        return local;
    }
}

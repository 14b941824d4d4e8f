package warta.core.read;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Predicate;
import warta.core.article.Source;
import warta.core.error.InputException;

/**
 * Fetches a URL with {@link HttpClient}: follows redirects, applies the timeout to connecting,
 * to the response headers and to the whole body, and reads at most {@code maxBytes + 1} bytes of
 * the body. The host is read by {@link UrlHost}, so an IPv4 address in any notation browsers
 * accept is fetched (or refused) as the address it stands for. The client is created on first
 * use, so constructing a fetcher does no I/O; it is shared and thread-safe afterwards.
 *
 * <p>When {@link ReadOptions#privateAddressesAllowed()} is false, each host is resolved once
 * ({@link HostResolver}) and refused before any connection when one of its addresses is not
 * public ({@link PrivateAddresses}); the message names the address and why. The client then
 * connects to the first checked address and never resolves the host itself
 * ({@link PinnedRoutes}: http directly, https through the loopback {@link ConnectTunnel} with TLS
 * end to end), so a DNS answer that changes after the check (rebinding) is not used. Redirects
 * are followed here, one hop at a time and at most {@value #MAX_REDIRECTS}, and every hop is
 * resolved, checked and pinned the same way. The JVM's proxy settings are not used then.
 */
final class UrlFetcher {

    /** The most redirects followed when private addresses are refused. */
    static final int MAX_REDIRECTS = 5;

    private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);

    /** What came back: the body and its {@code Content-Type} header (null when absent). */
    record Fetched(byte[] body, String contentType) {}

    private final ReadOptions options;
    private final Predicate<InetAddress> refused;
    private final HostResolver resolver;
    private final Consumer<HttpClient.Builder> clientSettings;
    private final PinnedRoutes routes;
    private volatile HttpClient client;

    UrlFetcher(ReadOptions options) {
        this(options, PrivateAddresses::isPrivate);
    }

    /** A fetcher that, when private addresses are not allowed, refuses the addresses {@code refused} picks. */
    UrlFetcher(ReadOptions options, Predicate<InetAddress> refused) {
        this(options, refused, HostResolver.system(), builder -> {});
    }

    /**
     * A fetcher with its seams: the addresses refused when private addresses are not allowed, the
     * resolver asked for them, and settings applied last to the HTTP client (a test's TLS context).
     */
    UrlFetcher(
            ReadOptions options,
            Predicate<InetAddress> refused,
            HostResolver resolver,
            Consumer<HttpClient.Builder> clientSettings) {
        this.options = options;
        this.refused = refused;
        this.resolver = resolver;
        this.clientSettings = clientSettings;
        this.routes = options.privateAddressesAllowed() ? null : new PinnedRoutes(options.timeout());
        if (routes != null) {
            routes.closeWhenUnreachable(this);
        }
    }

    Fetched fetch(URI uri, Source source) {
        try {
            long deadline = System.nanoTime() + options.timeout().toNanos();
            HttpResponse<InputStream> response = options.privateAddressesAllowed()
                    ? client().send(request(UrlHost.of(uri).target()), HttpResponse.BodyHandlers.ofInputStream())
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
        } catch (IOException | UncheckedIOException e) {
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
            UrlHost host = UrlHost.of(hop);
            HttpResponse<InputStream> response = sendPinned(host, checkedAddress(uri, hop, host));
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

    /** Sends the request to {@code address} and nowhere else; a failure to connect there is the one thrown. */
    private HttpResponse<InputStream> sendPinned(UrlHost host, InetAddress address)
            throws IOException, InterruptedException {
        try (PinnedRoutes.Pin pin = routes.pin(host.hostPort(), address)) {
            try {
                return client().send(request(host.target()), HttpResponse.BodyHandlers.ofInputStream());
            } catch (IOException e) {
                throw pin.failure() != null ? pin.failure() : e;
            }
        }
    }

    /**
     * Resolves the host of {@code hop} once, refuses it when any of its addresses is refused, and
     * returns the first, to connect to; {@code uri} is what was asked for.
     */
    private InetAddress checkedAddress(URI uri, URI hop, UrlHost host) throws UnknownHostException {
        List<InetAddress> addresses = host.literal().isPresent()
                ? List.of(host.literal().get())
                : resolver.resolve(host.target().getHost());
        if (addresses.isEmpty()) {
            throw new UnknownHostException(host.written());
        }
        for (InetAddress address : addresses) {
            if (refused.test(address)) {
                PrivateAddresses.Refusal why =
                        PrivateAddresses.refusal(address).orElse(new PrivateAddresses.Refusal(null, "refused here"));
                String subject = hop.equals(uri) ? uri.toString() : uri + " redirects to " + hop + ", which";
                throw new InputException(subject + " resolves to a private address (" + host.describe(address, why)
                        + "); the server does not fetch those");
            }
        }
        return addresses.getFirst();
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

    private String reason(Exception e) {
        if (e instanceof HttpConnectTimeoutException
                || e instanceof HttpTimeoutException
                || e instanceof SocketTimeoutException) {
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

    private HttpClient newClient() {
        HttpClient.Builder builder = HttpClient.newBuilder().connectTimeout(options.timeout());
        if (routes == null) {
            builder.followRedirects(HttpClient.Redirect.NORMAL);
        } else {
            builder.followRedirects(HttpClient.Redirect.NEVER).proxy(routes);
        }
        clientSettings.accept(builder);
        return builder.build();
    }

    private HttpClient client() {
        HttpClient local = client;
        if (local == null) {
            synchronized (this) {
                if (client == null) {
                    client = newClient();
                }
                local = client;
            }
        }
        return local;
    }
}

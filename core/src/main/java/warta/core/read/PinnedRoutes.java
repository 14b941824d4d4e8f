package warta.core.read;

import java.io.IOException;
import java.lang.ref.Cleaner;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The proxy selector of the guarded HTTP client, which makes the client connect to the address
 * that was checked for a host instead of resolving the host again.
 *
 * <p>Before a request the fetcher pins the checked address for the request's {@code host:port};
 * {@link #select} then names, for http, that address itself as the proxy, so the client opens the
 * connection to it and sends the request in absolute form ({@code GET http://host/path}, with the
 * {@code Host} header of the URL), which every HTTP/1.1 server accepts; for https, the loopback
 * {@link ConnectTunnel}, which connects to the pinned address, so TLS, SNI and the certificate
 * check still run end to end for the host name of the URL. A request with no pin is refused
 * (fail closed). The pin is released once the response headers are in: the connection then
 * exists, and a pooled connection the client reuses later leads to an address checked before.
 *
 * <p>Thread-safe. Concurrent requests to the same {@code host:port} share the first pin; every
 * pinned address has been checked by the same fetcher.
 */
final class PinnedRoutes extends ProxySelector {

    private static final Cleaner CLEANER = Cleaner.create();

    /** A checked address in use by the requests to one {@code host:port}; closing releases it. */
    final class Pin implements AutoCloseable {

        private final String hostPort;
        private final InetAddress address;
        private int users;
        private volatile IOException failure;

        private Pin(String hostPort, InetAddress address) {
            this.hostPort = hostPort;
            this.address = address;
        }

        InetAddress address() {
            return address;
        }

        /** Why the tunnel could not connect to the address, or null. */
        IOException failure() {
            return failure;
        }

        void failed(IOException e) {
            failure = e;
        }

        @Override
        public void close() {
            release(this);
        }
    }

    private final Map<String, Pin> pins = new HashMap<>();
    private final ConnectTunnel tunnel;

    PinnedRoutes(Duration connectTimeout) {
        this.tunnel = new ConnectTunnel(this::find, connectTimeout);
    }

    /** Closes the tunnel, if one was opened, once {@code owner} is unreachable. */
    void closeWhenUnreachable(Object owner) {
        CLEANER.register(owner, tunnel::close);
    }

    /** Pins {@code address}, checked, for requests to {@code hostPort} ({@link UrlHost#hostPort()}). */
    synchronized Pin pin(String hostPort, InetAddress address) {
        Pin pin = pins.computeIfAbsent(hostPort, key -> new Pin(key, address));
        pin.users++;
        return pin;
    }

    synchronized Optional<Pin> find(String hostPort) {
        return Optional.ofNullable(pins.get(hostPort));
    }

    private synchronized void release(Pin pin) {
        if (--pin.users == 0) {
            pins.remove(pin.hostPort, pin);
        }
    }

    @Override
    public List<Proxy> select(URI uri) {
        Pin pin = find(UrlHost.key(uri)).orElseThrow(() -> new IllegalStateException("no checked address for " + uri));
        boolean https = "https".equalsIgnoreCase(uri.getScheme());
        InetSocketAddress proxy = https ? tunnel.address() : new InetSocketAddress(pin.address, port(uri));
        return List.of(new Proxy(Proxy.Type.HTTP, proxy));
    }

    @Override
    public void connectFailed(URI uri, SocketAddress address, IOException e) {
        // nothing to fall back on: the request fails with e
    }

    private static int port(URI uri) {
        return uri.getPort() != -1 ? uri.getPort() : 80;
    }
}

package warta.core.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import warta.core.article.Source;
import warta.core.error.InputException;

/**
 * DNS rebinding: the guarded fetcher resolves a host once, checks the answer and connects to the
 * checked address. Two servers share one port: on 127.0.0.2, which these tests let pass as the
 * checked public address, and on 127.0.0.1, the internal one that any second lookup of
 * {@code localhost} (by the fake resolver or the system's) would lead to.
 */
class UrlFetcherPinningTest {

    private static final ReadOptions GUARDED =
            ReadOptions.defaults().withPrivateAddressesAllowed(false).withTimeout(Duration.ofSeconds(5));
    private static final InetAddress CHECKED = address("127.0.0.2");
    private static final InetAddress INTERNAL = address("127.0.0.1");
    private static final char[] PASSWORD = "changeit".toCharArray();

    private static SSLContext tls;

    private final AtomicInteger lookups = new AtomicInteger();
    private final AtomicInteger internalRequests = new AtomicInteger();
    private final AtomicReference<String> hostHeader = new AtomicReference<>();
    private HttpServer checked;
    private HttpServer internal;

    /** A key and certificate for {@code localhost} only, trusted by the client context too. */
    @BeforeAll
    static void makeKey(@TempDir Path dir) throws Exception {
        Path store = dir.resolve("localhost.p12");
        Process keytool = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "keytool")
                                .toString(),
                        "-genkeypair",
                        "-alias",
                        "localhost",
                        "-keyalg",
                        "EC",
                        "-dname",
                        "CN=localhost",
                        "-ext",
                        "SAN=dns:localhost",
                        "-validity",
                        "2",
                        "-storetype",
                        "PKCS12",
                        "-keystore",
                        store.toString(),
                        "-storepass",
                        "changeit",
                        "-keypass",
                        "changeit")
                .redirectErrorStream(true)
                .start();
        String output = new String(keytool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(keytool.waitFor()).as(output).isZero();
        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (InputStream in = java.nio.file.Files.newInputStream(store)) {
            keys.load(in, PASSWORD);
        }
        KeyManagerFactory keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keyManagers.init(keys, PASSWORD);
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(keys);
        tls = SSLContext.getInstance("TLS");
        tls.init(keyManagers.getKeyManagers(), trust.getTrustManagers(), null);
    }

    @AfterEach
    void stop() {
        if (checked != null) {
            checked.stop(0);
            internal.stop(0);
        }
    }

    @Test
    void should_connect_over_http_to_the_address_that_was_checked() throws IOException {
        int port = startPair(false);

        String body = fetch("http://localhost:" + port + "/text");

        assertThat(body).isEqualTo("Kabar dari alamat yang diperiksa.");
        assertThat(hostHeader).hasValue("localhost:" + port);
        assertThat(lookups).hasValue(1);
        assertThat(internalRequests).hasValue(0);
    }

    @Test
    void should_connect_over_https_to_the_address_that_was_checked_with_tls_for_the_host_name() throws IOException {
        int port = startPair(true);

        String body = fetch("https://localhost:" + port + "/text");

        assertThat(body).isEqualTo("Kabar dari alamat yang diperiksa.");
        assertThat(hostHeader).hasValue("localhost:" + port);
        assertThat(lookups).hasValue(1);
        assertThat(internalRequests).hasValue(0);
    }

    @Test
    void should_check_the_certificate_against_the_host_name_of_the_url() throws IOException {
        int port = startPair(true);
        String url = "https://kabar.test:" + port + "/text";

        assertThatThrownBy(() -> fetch(url))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith("could not fetch " + url + ": ")
                .hasMessageContaining("kabar.test");
        assertThat(hostHeader).hasValue(null);
        assertThat(internalRequests).hasValue(0);
    }

    @Test
    void should_resolve_and_check_every_redirect_hop_again() throws IOException {
        int port = startPair(false);
        String url = "http://localhost:" + port + "/moved";

        assertThatThrownBy(() -> fetch(url))
                .isInstanceOf(InputException.class)
                .hasMessage(url + " redirects to http://localhost:" + port + "/text, which resolves to a private"
                        + " address (127.0.0.1; loopback 127.0.0.0/8); the server does not fetch those");
        assertThat(lookups).hasValue(2);
        assertThat(internalRequests).hasValue(0);
    }

    @Test
    void should_say_when_the_checked_https_address_refuses_the_connection() throws IOException {
        int port;
        try (ServerSocket closed = new ServerSocket(0, 1, CHECKED)) {
            port = closed.getLocalPort();
        }
        String url = "https://localhost:" + port + "/text";

        assertThatThrownBy(() -> fetch(url))
                .isInstanceOf(InputException.class)
                .hasMessage("could not fetch " + url + ": connection refused");
    }

    @Test
    void should_tunnel_only_to_pinned_hosts() throws IOException {
        try (ConnectTunnel tunnel = new ConnectTunnel(hostPort -> Optional.empty(), Duration.ofSeconds(2))) {
            assertThat(ask(tunnel, "CONNECT 10.0.0.5:443 HTTP/1.1\r\nHost: 10.0.0.5:443\r\n\r\n"))
                    .isEqualTo("HTTP/1.1 403 Forbidden\r\n\r\n");
            assertThat(ask(tunnel, "GET http://10.0.0.5/ HTTP/1.1\r\nHost: 10.0.0.5\r\n\r\n"))
                    .isEqualTo("HTTP/1.1 403 Forbidden\r\n\r\n");
        }
    }

    @Test
    void should_route_no_request_whose_address_was_not_checked() {
        PinnedRoutes routes = new PinnedRoutes(Duration.ofSeconds(1));

        assertThatThrownBy(() -> routes.select(URI.create("http://localhost:8080/")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("no checked address for http://localhost:8080/");
    }

    @Test
    void should_keep_a_pin_while_any_request_to_its_host_is_in_flight() {
        PinnedRoutes routes = new PinnedRoutes(Duration.ofSeconds(1));
        URI url = URI.create("http://kabar.example/berita");

        PinnedRoutes.Pin first = routes.pin("kabar.example:80", CHECKED);
        PinnedRoutes.Pin second = routes.pin("kabar.example:80", INTERNAL);
        first.close();

        assertThat(second).isSameAs(first);
        assertThat(routes.select(url)).containsExactly(new Proxy(Proxy.Type.HTTP, new InetSocketAddress(CHECKED, 80)));
        second.close();
        assertThatThrownBy(() -> routes.select(url)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void should_fetch_from_many_threads_through_one_guarded_fetcher() throws Exception {
        int port = startPair(true);
        UrlFetcher fetcher = new UrlFetcher(
                GUARDED,
                address -> !address.equals(CHECKED),
                host -> List.of(CHECKED),
                builder -> builder.sslContext(tls));
        String url = "https://localhost:" + port + "/text";

        try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
            List<Future<byte[]>> bodies = new ArrayList<>();
            for (int i = 0; i < 32; i++) {
                bodies.add(pool.submit(
                        () -> fetcher.fetch(URI.create(url), Source.url(url)).body()));
            }
            for (Future<byte[]> body : bodies) {
                assertThat(new String(body.get(), StandardCharsets.UTF_8))
                        .isEqualTo("Kabar dari alamat yang diperiksa.");
            }
        }
        assertThat(internalRequests).hasValue(0);
    }

    private String fetch(String url) {
        HostResolver rebinding = host -> List.of(lookups.incrementAndGet() == 1 ? CHECKED : INTERNAL);
        UrlFetcher fetcher = new UrlFetcher(
                GUARDED, address -> !address.equals(CHECKED), rebinding, builder -> builder.sslContext(tls));
        return new String(fetcher.fetch(URI.create(url), Source.url(url)).body(), StandardCharsets.UTF_8);
    }

    private static String ask(ConnectTunnel tunnel, String request) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(tunnel.address(), 2000);
            socket.setSoTimeout(2000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }

    /** Starts the checked and the internal server on one port; returns the port. */
    private int startPair(boolean https) throws IOException {
        for (int attempt = 0; ; attempt++) {
            HttpServer first = create(https, new InetSocketAddress(CHECKED, 0));
            int port = first.getAddress().getPort();
            try {
                internal = create(https, new InetSocketAddress(INTERNAL, port));
            } catch (BindException taken) {
                first.stop(0);
                if (attempt == 20) {
                    throw taken;
                }
                continue;
            }
            checked = first;
            checked.createContext("/text", ex -> {
                hostHeader.set(ex.getRequestHeaders().getFirst("Host"));
                send(ex, 200, "Kabar dari alamat yang diperiksa.", null);
            });
            checked.createContext("/moved", ex -> send(ex, 302, "", "/text"));
            internal.createContext("/", ex -> {
                internalRequests.incrementAndGet();
                send(ex, 200, "Rahasia jaringan dalam.", null);
            });
            checked.start();
            internal.start();
            return port;
        }
    }

    private static HttpServer create(boolean https, InetSocketAddress address) throws IOException {
        if (!https) {
            return HttpServer.create(address, 0);
        }
        HttpsServer server = HttpsServer.create(address, 0);
        server.setHttpsConfigurator(new HttpsConfigurator(tls));
        return server;
    }

    private static void send(HttpExchange exchange, int status, String body, String location) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "text/plain; charset=utf-8");
        if (location != null) {
            exchange.getResponseHeaders().add("Location", location);
        }
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static InetAddress address(String literal) {
        try {
            return InetAddress.getByName(literal);
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }
}

package warta.core.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import warta.core.article.Source;
import warta.core.error.InputException;

class UrlFetcherGuardTest {

    private static final ReadOptions GUARDED = ReadOptions.defaults().withPrivateAddressesAllowed(false);

    private HttpServer server;
    private String base;
    private final AtomicInteger requests = new AtomicInteger();

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
        server.createContext("/text", ex -> send(ex, 200, "Kabar baik dari Bandung.", null));
        server.createContext("/moved", ex -> send(ex, 302, "", "/text"));
        server.createContext("/to-metadata", ex -> send(ex, 302, "", "http://169.254.169.254/latest/meta-data/"));
        server.createContext("/to-v6-loopback", ex -> send(ex, 307, "", "http://[::1]:1/x"));
        server.createContext("/to-ftp", ex -> send(ex, 301, "", "ftp://example.com/x"));
        server.createContext("/loop", ex -> send(ex, 302, "", "/loop"));
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void should_refuse_a_loopback_server_when_private_addresses_are_not_allowed() {
        assertThatThrownBy(() -> new ArticleReader(GUARDED).read(base + "/text"))
                .isInstanceOf(InputException.class)
                .hasMessage(base + "/text resolves to a private address (127.0.0.1; loopback 127.0.0.0/8);"
                        + " the server does not fetch those");
        assertThat(requests).hasValue(0);
    }

    @Test
    void should_fetch_a_loopback_server_when_private_addresses_are_allowed() {
        ArticleReader reader = new ArticleReader(GUARDED.withPrivateAddressesAllowed(true));

        assertThat(reader.read(base + "/text").content()).isEqualTo("Kabar baik dari Bandung.");
        assertThat(reader.read(base + "/moved").content()).isEqualTo("Kabar baik dari Bandung.");
    }

    @Test
    void should_refuse_hosts_that_resolve_to_loopback_in_other_notations() {
        int port = server.getAddress().getPort();
        ArticleReader reader = new ArticleReader(GUARDED);

        assertThatThrownBy(() -> reader.read("http://localhost:" + port + "/text"))
                .hasMessageContaining("resolves to a private address (127.0.0.1; loopback 127.0.0.0/8)");
        assertThatThrownBy(() -> reader.read("http://2130706433:" + port + "/text"))
                .hasMessageContaining("resolves to a private address (2130706433, a single-number IPv4 address for"
                        + " 127.0.0.1; loopback 127.0.0.0/8)");
        assertThatThrownBy(() -> reader.read("http://[::1]:" + port + "/text"))
                .hasMessageContaining("resolves to a private address (::1; loopback ::1/128)");
        assertThatThrownBy(() -> reader.read("http://[::ffff:127.0.0.1]:" + port + "/text"))
                .hasMessageContaining("resolves to a private address (::ffff:127.0.0.1, an IPv4-mapped address for"
                        + " 127.0.0.1; loopback 127.0.0.0/8)");
        assertThatThrownBy(() -> reader.read("http://[::ffff:0:127.0.0.1]:" + port + "/text"))
                .hasMessageContaining("resolves to a private address (::ffff:0:127.0.0.1, an IPv4-translated address"
                        + " for 127.0.0.1; loopback 127.0.0.0/8)");
        assertThat(requests).hasValue(0);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "127.1|a shortened IPv4 address",
                "2130706433|a single-number IPv4 address",
                "0177.0.0.1|an octal IPv4 address",
                "0x7f.1|a shortened hexadecimal IPv4 address",
                "0x7f000001|a single-number hexadecimal IPv4 address"
            })
    void should_say_which_address_an_odd_ipv4_notation_stands_for(String host, String notation) {
        String url = "http://" + host + ":" + server.getAddress().getPort() + "/text";

        assertThatThrownBy(() -> new ArticleReader(GUARDED).read(url))
                .isInstanceOf(InputException.class)
                .hasMessage(url + " resolves to a private address (" + host + ", " + notation
                        + " for 127.0.0.1; loopback 127.0.0.0/8); the server does not fetch those");
        assertThat(requests).hasValue(0);
    }

    @Test
    void should_refuse_the_cloud_metadata_address_without_connecting() {
        long start = System.nanoTime();

        assertThatThrownBy(() -> new ArticleReader(GUARDED).read("http://169.254.169.254/latest/meta-data/"))
                .isInstanceOf(InputException.class)
                .hasMessage("http://169.254.169.254/latest/meta-data/ resolves to a private address (169.254.169.254;"
                        + " the cloud metadata service, link-local 169.254.0.0/16); the server does not fetch those");
        assertThat(System.nanoTime() - start).isLessThan(1_000_000_000L);
    }

    @Test
    void should_follow_a_redirect_to_an_allowed_host() {
        assertThat(text(guardedAllowingLoopbackV4().fetch(URI.create(base + "/moved"), Source.url(base + "/moved"))))
                .isEqualTo("Kabar baik dari Bandung.");
    }

    @Test
    void should_check_every_redirect_hop() {
        UrlFetcher fetcher = guardedAllowingLoopbackV4();

        assertThatThrownBy(() -> fetcher.fetch(URI.create(base + "/to-metadata"), Source.url(base)))
                .isInstanceOf(InputException.class)
                .hasMessage(base + "/to-metadata redirects to http://169.254.169.254/latest/meta-data/, which resolves"
                        + " to a private address (169.254.169.254; the cloud metadata service, link-local"
                        + " 169.254.0.0/16); the server does not fetch those");
        assertThatThrownBy(() -> fetcher.fetch(URI.create(base + "/to-v6-loopback"), Source.url(base)))
                .hasMessageContaining("redirects to http://[::1]:1/x, which resolves to a private address (::1;");
    }

    @Test
    void should_refuse_a_redirect_to_another_scheme() {
        assertThatThrownBy(() -> guardedAllowingLoopbackV4().fetch(URI.create(base + "/to-ftp"), Source.url(base)))
                .isInstanceOf(InputException.class)
                .hasMessage(base + "/to-ftp redirects to a URL that is not http or https: ftp://example.com/x");
    }

    @Test
    void should_stop_after_five_redirects() {
        assertThatThrownBy(() -> guardedAllowingLoopbackV4().fetch(URI.create(base + "/loop"), Source.url(base)))
                .isInstanceOf(InputException.class)
                .hasMessage(base + "/loop redirects more than 5 times");
        assertThat(requests).hasValue(UrlFetcher.MAX_REDIRECTS + 1);
    }

    /** The real guard, except that this test's own server on 127.0.0.1 may be reached. */
    private static UrlFetcher guardedAllowingLoopbackV4() {
        return new UrlFetcher(
                GUARDED,
                address -> !address.getHostAddress().equals("127.0.0.1") && PrivateAddresses.isPrivate(address));
    }

    private static String text(UrlFetcher.Fetched fetched) {
        return new String(fetched.body(), StandardCharsets.UTF_8);
    }

    private void send(HttpExchange exchange, int status, String body, String location) throws IOException {
        requests.incrementAndGet();
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
}

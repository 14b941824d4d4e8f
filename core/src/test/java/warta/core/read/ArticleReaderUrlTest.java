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
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import warta.core.article.Article;
import warta.core.article.Source;
import warta.core.error.InputException;

class ArticleReaderUrlTest {

    private HttpServer server;
    private String base;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext(
                "/text",
                ex -> send(
                        ex,
                        200,
                        "text/plain; charset=utf-8",
                        "Kabar baik dari Bandung.".getBytes(StandardCharsets.UTF_8)));
        server.createContext(
                "/latin",
                ex -> send(
                        ex,
                        200,
                        "text/html; charset=ISO-8859-1",
                        "<html><body><p>Caf\u00e9 \u201cbaru\u201d</p></body></html>"
                                .getBytes(TextDecoder.WINDOWS_1252)));
        server.createContext(
                "/missing", ex -> send(ex, 404, "text/plain", "not here".getBytes(StandardCharsets.UTF_8)));
        server.createContext("/big", ex -> send(ex, 200, "text/plain", new byte[0], "x".repeat(100_000)));
        server.createContext("/moved", ex -> {
            ex.getResponseHeaders().add("Location", "/text");
            send(ex, 302, "text/plain", new byte[0]);
        });
        server.createContext("/slow", ex -> {
            sleep(1000);
            send(ex, 200, "text/plain", "late".getBytes(StandardCharsets.UTF_8));
        });
        server.createContext("/stall", ex -> {
            ex.getResponseHeaders().add("Content-Type", "text/plain");
            ex.sendResponseHeaders(200, 0);
            try (OutputStream out = ex.getResponseBody()) {
                out.write("Awal berita ".getBytes(StandardCharsets.UTF_8));
                out.flush();
                sleep(3000);
            } catch (IOException clientWentAway) {
                // the reader gave up, as it should
            }
        });
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.start();
        base = "http://localhost:" + server.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void should_fetch_plain_text() {
        Article article = new ArticleReader().read(base + "/text");

        assertThat(article.content()).isEqualTo("Kabar baik dari Bandung.");
        assertThat(article.format()).isEqualTo(Article.Format.TEXT);
        assertThat(article.source()).isEqualTo(Source.url(base + "/text"));
    }

    @Test
    void should_fetch_html_with_declared_charset() {
        Article article = new ArticleReader().readUrl(URI.create(base + "/latin"));

        assertThat(article.format()).isEqualTo(Article.Format.HTML);
        assertThat(article.content()).contains("Café “baru”");
    }

    @Test
    void should_follow_redirects() {
        assertThat(new ArticleReader().read(base + "/moved").content()).isEqualTo("Kabar baik dari Bandung.");
    }

    @Test
    void should_fetch_an_ipv4_address_in_the_notations_browsers_accept() {
        int port = server.getAddress().getPort();
        ArticleReader reader = new ArticleReader();

        for (String host : new String[] {"127.1", "2130706433", "0177.0.0.1", "0x7f.1", "0x7f000001"}) {
            assertThat(reader.read("http://" + host + ":" + port + "/text").content())
                    .as(host)
                    .isEqualTo("Kabar baik dari Bandung.");
        }
    }

    @Test
    void should_name_a_host_that_cannot_be_fetched() {
        ArticleReader reader = new ArticleReader();

        assertThatThrownBy(() -> reader.read("http://1.2.3.256/berita"))
                .isInstanceOf(InputException.class)
                .hasMessage("http://1.2.3.256/berita has a host that is not a valid IPv4 address: 1.2.3.256"
                        + " (256 is too large)");
        assertThatThrownBy(() -> reader.read("http://kabar_baru/berita"))
                .isInstanceOf(InputException.class)
                .hasMessage("http://kabar_baru/berita has a host name that is not valid: kabar_baru");
    }

    @Test
    void should_refuse_http_error_status() {
        assertThatThrownBy(() -> new ArticleReader().read(base + "/missing"))
                .isInstanceOf(InputException.class)
                .hasMessage(base + "/missing answered HTTP 404");
    }

    @Test
    void should_cut_off_oversized_body() {
        ArticleReader small = new ArticleReader(ReadOptions.defaults().withMaxBytes(1000));

        assertThatThrownBy(() -> small.read(base + "/big"))
                .isInstanceOf(InputException.class)
                .hasMessage(base + "/big is over the 1000 bytes limit; raise it with --max-bytes");
    }

    @Test
    void should_time_out_on_slow_server() {
        ArticleReader impatient = new ArticleReader(ReadOptions.defaults().withTimeout(Duration.ofMillis(200)));

        assertThatThrownBy(() -> impatient.read(base + "/slow"))
                .isInstanceOf(InputException.class)
                .hasMessage("could not fetch " + base + "/slow: timed out after 0.2 s");
    }

    @Test
    void should_time_out_when_the_body_stalls_after_the_headers() {
        ArticleReader impatient = new ArticleReader(ReadOptions.defaults().withTimeout(Duration.ofMillis(300)));
        long start = System.nanoTime();

        assertThatThrownBy(() -> impatient.read(base + "/stall"))
                .isInstanceOf(InputException.class)
                .hasMessage("could not fetch " + base + "/stall: timed out after 0.3 s");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(2500));
    }

    @Test
    void should_report_unreachable_host() throws IOException {
        int port;
        try (var socket = new java.net.ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        String url = "http://127.0.0.1:" + port + "/x";

        assertThatThrownBy(() -> new ArticleReader().read(url))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith("could not fetch " + url + ": ");
    }

    private static void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
        send(ex, status, type, body, null);
    }

    /** Sends {@code body}, or streams {@code chunked} without a Content-Length when given. */
    private static void send(HttpExchange ex, int status, String type, byte[] body, String chunked) throws IOException {
        ex.getResponseHeaders().add("Content-Type", type);
        ex.sendResponseHeaders(status, chunked != null ? 0 : (body.length == 0 ? -1 : body.length));
        try (OutputStream out = ex.getResponseBody()) {
            out.write(chunked != null ? chunked.getBytes(StandardCharsets.UTF_8) : body);
        } catch (IOException clientWentAway) {
            // the reader stops at its limit and closes the connection; nothing to do
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

package warta.core.batch.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static warta.core.batch.source.TestSources.fixture;
import static warta.core.batch.source.TestSources.ids;
import static warta.core.batch.source.TestSources.items;
import static warta.core.batch.source.TestSources.write;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import warta.core.article.Article;
import warta.core.article.ArticleIds;
import warta.core.article.Source;
import warta.core.error.InputException;

class BatchSourcesFeedTest {

    private static final String SECRET = "KATA-SANDI-RAHASIA-123";

    @TempDir
    Path dir;

    private HttpServer server;
    private String base;
    private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        base = "http://localhost:" + server.getAddress().getPort();
        serve("/rss", "application/rss+xml; charset=utf-8", fixture("rss.xml", base));
        serve("/atom", "text/xml", fixture("atom.xml", base));
        serve("/berita/panen-raya", "text/html; charset=utf-8", page("Panen raya padi di Karawang"));
        serve("/berita/jembatan-baru", "text/html; charset=utf-8", page("Jembatan baru di Palembang dibuka"));
        serve("/daerah/festival-budaya", "text/html; charset=utf-8", page("Festival budaya di Makassar"));
        serve("/daerah/harga-cabai", "text/html; charset=utf-8", page("Harga cabai turun di Medan"));
        serve("/artikel", "text/html; charset=utf-8", fixture("artikel.html", base));
        serve("/rahasia", "text/plain", SECRET);
        serve("/xxe", "application/rss+xml", fixture("xxe.xml", base).replace("{secret}", base + "/rahasia"));
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void should_parse_an_rss_file_into_url_items_and_an_inline_item() {
        Path rss = write(dir.resolve("umpan.rss"), fixture("rss.xml", "https://kabar.example"));

        List<BatchItem> items = items(rss.toString());

        String link = "https://kabar.example/berita/panen-raya";
        assertThat(ids(items))
                .containsExactly(
                        ArticleIds.of(Source.url(link)),
                        ArticleIds.of(Source.url("https://kabar.example/berita/jembatan-baru")),
                        "umpan-entry-3");
        assertThat(items.get(0).source()).isEqualTo(Source.url(link));
        Article inline = items.get(2).load();
        assertThat(inline.format()).isEqualTo(Article.Format.HTML);
        assertThat(inline.content()).contains("Redaksi Kabar Nusantara libur");
        assertThat(inline.source()).isEqualTo(Source.file(rss + "#entry-3"));
    }

    @Test
    void should_parse_an_atom_file_keeping_an_entry_with_only_a_relative_link_as_its_summary() {
        Path atom = write(dir.resolve("daerah.atom"), fixture("atom.xml", "https://daerah.example"));

        List<BatchItem> items = items(atom.toString());

        assertThat(ids(items))
                .containsExactly(
                        ArticleIds.of(Source.url("https://daerah.example/daerah/festival-budaya")), "daerah-entry-2");
        assertThat(items.get(1).load().content())
                .isEqualTo("Pedagang pasar tradisional menyebut pasokan cabai melimpah.");
    }

    @Test
    void should_fetch_a_served_rss_feed_when_reached_and_its_pages_when_loaded() {
        try (Stream<BatchItem> stream = TestSources.sources().items(List.of(base + "/rss"), TestSources.NO_STDIN)) {
            assertThat(hits("/rss")).isZero();
            Iterator<BatchItem> items = stream.iterator();

            BatchItem first = items.next();

            assertThat(hits("/rss")).isEqualTo(1);
            assertThat(hits("/berita/panen-raya")).isZero();
            assertThat(first.id()).isEqualTo(ArticleIds.of(Source.url(base + "/berita/panen-raya")));
            Article page = first.load();
            assertThat(page.isHtml()).isTrue();
            assertThat(page.source()).isEqualTo(Source.url(base + "/berita/panen-raya"));
            assertThat(page.content()).contains("Panen raya padi di Karawang");
            assertThat(items.next().load().content()).contains("Jembatan baru di Palembang dibuka");
            assertThat(items.next().source()).isEqualTo(Source.url(base + "/rss#entry-3"));
            assertThat(items.hasNext()).isFalse();
        }
    }

    @Test
    void should_fetch_every_feed_a_feeds_list_names_and_fail_a_line_that_is_not_a_url() {
        Path list = write(
                dir.resolve("langganan.feeds"),
                "# kabar daerah\n" + base + "/rss\n\n  " + base + "/atom  \nberita/lokal.txt\n");

        List<BatchItem> items = items(list.toString());

        assertThat(items)
                .extracting(BatchItem::source)
                .containsExactly(
                        Source.url(base + "/berita/panen-raya"),
                        Source.url(base + "/berita/jembatan-baru"),
                        Source.url(base + "/rss#entry-3"),
                        Source.url(base + "/daerah/festival-budaya"),
                        Source.url(base + "/daerah/harga-cabai"),
                        Source.file(list.toString()));
        assertThat(items.get(3).load().content()).contains("Festival budaya di Makassar");
        assertThat(items.get(5).id()).isEqualTo("langganan-line-5");
        assertThatThrownBy(items.get(5)::load)
                .isInstanceOf(InputException.class)
                .hasMessage(list + " line 5: not an http or https URL: berita/lokal.txt"
                        + " (a .feeds file lists the URLs of feeds or pages, one a line)");
    }

    @Test
    void should_refuse_a_text_file_of_feed_urls_as_an_article_and_say_to_name_it_feeds() {
        Path text =
                write(dir.resolve("feeds.txt"), "https://kabar.example/rss\n# daerah\nhttps://daerah.example/atom\n");
        Path article = write(dir.resolve("tautan.txt"), "Baca selengkapnya di https://kabar.example/banjir\n");

        List<BatchItem> items = items(text.toString(), article.toString());

        assertThatThrownBy(items.get(0)::load)
                .isInstanceOf(InputException.class)
                .hasMessage(text + " lists only URLs and is not an article: to fetch the feeds or pages it lists,"
                        + " name the file with the ending .feeds (or give its lines on standard input with -)");
        assertThat(items.get(1).load().content()).startsWith("Baca selengkapnya");
    }

    @Test
    void should_resolve_relative_links_of_a_served_atom_feed_against_its_url() {
        List<BatchItem> items = items(base + "/atom");

        assertThat(items)
                .extracting(BatchItem::source)
                .containsExactly(
                        Source.url(base + "/daerah/festival-budaya"), Source.url(base + "/daerah/harga-cabai"));
        assertThat(items.get(1).load().content()).contains("Harga cabai turun di Medan");
    }

    @Test
    void should_yield_a_page_that_is_not_a_feed_as_one_item_without_fetching_it_twice() {
        List<BatchItem> items = items(base + "/artikel");

        assertThat(ids(items)).containsExactly(ArticleIds.of(Source.url(base + "/artikel")));
        assertThat(items.get(0).load().content()).contains("Banjir yang merendam sejumlah kelurahan");
        items.get(0).load();
        assertThat(hits("/artikel")).isEqualTo(1);
    }

    @Test
    void should_yield_a_failing_item_for_a_url_that_cannot_be_fetched() {
        List<BatchItem> items = items(base + "/tidak-ada", base + "/artikel");

        assertThat(ids(items))
                .containsExactly(
                        ArticleIds.of(Source.url(base + "/tidak-ada")), ArticleIds.of(Source.url(base + "/artikel")));
        assertThatThrownBy(items.get(0)::load)
                .isInstanceOf(InputException.class)
                .hasMessage(base + "/tidak-ada answered HTTP 404");
    }

    @Test
    void should_not_read_a_local_file_named_by_an_external_entity() {
        Path secret = write(dir.resolve("rahasia.txt"), SECRET);
        Path feed = write(
                dir.resolve("jahat.xml"),
                fixture("xxe.xml", "").replace("{secret}", secret.toUri().toString()));

        List<BatchItem> items = items(feed.toString());

        assertThat(items).hasSize(1);
        assertThat(items.get(0).id()).isEqualTo("jahat").doesNotContain(SECRET.toLowerCase());
        assertThatThrownBy(items.get(0)::load)
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith(feed + " is not a valid RSS or Atom feed")
                .message()
                .doesNotContain(SECRET);
    }

    @Test
    void should_not_fetch_a_url_named_by_an_external_entity() {
        List<BatchItem> items = items(base + "/xxe");

        assertThat(items).hasSize(1);
        assertThatThrownBy(items.get(0)::load)
                .isInstanceOf(InputException.class)
                .message()
                .doesNotContain(SECRET);
        assertThat(hits("/rahasia")).isZero();
    }

    @Test
    void should_yield_a_failing_item_for_a_saved_xml_file_that_is_not_a_feed() {
        Path xml =
                write(dir.resolve("peta.xml"), "<?xml version=\"1.0\"?><urlset><url>https://a.example/</url></urlset>");

        List<BatchItem> items = items(xml.toString());

        assertThat(ids(items)).containsExactly("peta");
        assertThatThrownBy(items.get(0)::load).hasMessage(xml + " is not an RSS or Atom feed");
    }

    @Test
    void should_recognise_feeds_by_their_root_element() {
        assertThat(FeedSniffer.isFeed("\uFEFF<?xml version=\"1.0\"?>\n<!-- x -->\n<rss version=\"2.0\">"))
                .isTrue();
        assertThat(FeedSniffer.isFeed("<feed xmlns=\"http://www.w3.org/2005/Atom\">"))
                .isTrue();
        assertThat(FeedSniffer.isFeed("<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">"))
                .isTrue();
        assertThat(FeedSniffer.isFeed("<!DOCTYPE rss [<!ENTITY a \"b\">]><rss>"))
                .isTrue();
        assertThat(FeedSniffer.isFeed("<!DOCTYPE html><html><body><p>rss</p></body></html>"))
                .isFalse();
        assertThat(FeedSniffer.isFeed("Berita biasa tentang rss dan feed.")).isFalse();
    }

    private int hits(String path) {
        return hits.computeIfAbsent(path, p -> new AtomicInteger()).get();
    }

    private void serve(String path, String contentType, String body) {
        server.createContext(path, exchange -> {
            if (!exchange.getRequestURI().getPath().equals(path)) {
                send(exchange, 404, "text/plain", "tidak ditemukan");
                return;
            }
            hits.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
            send(exchange, 200, contentType, body);
        });
    }

    private static void send(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", contentType);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static String page(String title) {
        return "<!DOCTYPE html><html><head><title>" + title + "</title></head><body><article><h1>" + title
                + "</h1><p>Laporan lengkap: " + title
                + ", menurut keterangan pejabat setempat.</p></article></body></html>";
    }

    @Test
    void should_sniff_a_hostile_prolog_in_linear_time_and_without_deep_recursion() {
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            assertThat(FeedSniffer.isFeed("<!DOCTYPE" + " ".repeat(60_000) + "x"))
                    .isFalse();
            assertThat(FeedSniffer.isFeed("<!---->".repeat(9_000) + "<rss>")).isTrue();
            assertThat(FeedSniffer.isFeed("<?a?>\n".repeat(10_000) + "<feed>")).isTrue();
        });
    }
}

package warta.server.batch;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import warta.server.DigestArticles;
import warta.server.api.DigestResource;
import warta.server.testing.TestModel;

/**
 * {@code POST /v1/digests} of a batch job whose articles were given as {@code url}s, served by a
 * page server of the test's own: they are kept under the job's ids, an article whose page is gone
 * is named in the answer, and the job's size is checked before any page is fetched again.
 */
@QuarkusTest
@TestProfile(UrlDigestProfile.class)
class BatchUrlDigestTest {

    private static final String HARBOUR = """
            Makassar (ANTARA) - Pelabuhan Makassar New Port mulai melayani kapal peti kemas internasional \
            pada Kamis, 14 November 2024. Dermaga sepanjang 320 meter itu dapat menampung dua kapal sekaligus.
            """;

    private final Map<String, String> pages = new ConcurrentHashMap<>();
    private final AtomicInteger fetches = new AtomicInteger();
    private HttpServer server;
    private String base;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", ex -> {
            fetches.incrementAndGet();
            String page = pages.get(ex.getRequestURI().getPath());
            byte[] body = (page == null ? "tidak ada" : page).getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().add("Content-Type", "text/plain; charset=utf-8");
            ex.sendResponseHeaders(page == null ? 404 : 200, body.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        base = "http://localhost:" + server.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        server.stop(0);
        TestModel.reset();
    }

    @Test
    void should_digest_a_job_of_web_addresses_and_name_the_article_whose_page_is_gone() {
        pages.put("/taman", DigestArticles.PARK_ANTARA);
        pages.put("/perpustakaan", DigestArticles.LIBRARY);
        String id = BatchPolling.submit(
                List.of(Map.of("id", "1", "url", base + "/taman"), Map.of("id", "2", "url", base + "/perpustakaan")));
        BatchPolling.until(id, "done");

        given().contentType(ContentType.JSON)
                .body(Map.of("batch", id))
                .when()
                .post("/v1/digests")
                .then()
                .statusCode(200)
                .header(DigestResource.LEFT_OUT, "0")
                .body("sources.id", containsInAnyOrder("1", "2"))
                .body("problems", hasSize(0));

        pages.remove("/perpustakaan");
        given().contentType(ContentType.JSON)
                .body(Map.of("batch", id))
                .when()
                .post("/v1/digests")
                .then()
                .statusCode(200)
                .header(DigestResource.LEFT_OUT, "1")
                .body("sources.id", contains("1"))
                .body("problems", hasSize(1))
                .body("problems[0]", startsWith("2: "));

        pages.clear();
        given().contentType(ContentType.JSON)
                .body(Map.of("batch", id))
                .when()
                .post("/v1/digests")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("detail", startsWith("batch job " + id + " has no done article to digest: "))
                .body("detail", containsString("1: "));
    }

    @Test
    void should_refuse_a_job_over_the_batch_digest_limit_before_fetching_any_page_again() {
        pages.put("/a", DigestArticles.PARK_ANTARA);
        pages.put("/b", DigestArticles.LIBRARY);
        pages.put("/c", HARBOUR);
        String id = BatchPolling.submit(
                List.of(Map.of("url", base + "/a"), Map.of("url", base + "/b"), Map.of("url", base + "/c")));
        assertThat(BatchPolling.until(id, "done").getInt("done")).isEqualTo(3);
        int fetched = fetches.get();

        given().contentType(ContentType.JSON)
                .body(Map.of("batch", id))
                .when()
                .post("/v1/digests")
                .then()
                .statusCode(413)
                .contentType("application/problem+json")
                .body(
                        "detail",
                        is("a batch job's digest may hold at most 2 articles; the batch job has 3 done articles"
                                + " (warta.digest-max-batch-articles)"));

        assertThat(fetches.get()).as("pages fetched for the refused digest").isEqualTo(fetched);
    }
}

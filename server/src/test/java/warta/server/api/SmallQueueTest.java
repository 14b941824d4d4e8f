package warta.server.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import warta.core.Warta;
import warta.server.Articles;
import warta.server.testing.TestModel;

@QuarkusTest
@TestProfile(SmallQueueProfile.class)
class SmallQueueTest {

    private static final String PROBLEM = "application/problem+json";
    /** Short enough for max-article-chars (600). */
    private static final String SHORT = """
            Bandung (ANTARA) - Pemerintah Kota Bandung membuka taman kota baru di kawasan Cibeunying pada Senin pagi.

            Wali Kota Bandung mengatakan taman tersebut dibangun untuk menambah ruang terbuka hijau.
            """;

    @Inject
    Warta warta;

    @AfterEach
    void resetModel() {
        TestModel.reset();
    }

    @Test
    void should_return_429_with_retry_after_when_the_queue_is_full() throws Exception {
        assertThat(post().get(30, TimeUnit.SECONDS)).as("warm-up").isEqualTo(200);
        Gate gate = new Gate();
        TestModel.answer(gate.model());
        CompletableFuture<Integer> running = post();
        await(() -> running.isDone() || warta.queue().running() == 1);
        assertThat(running).as("first request still running").isNotDone();
        CompletableFuture<Integer> waiting = post();
        await(() -> warta.queue().waiting() == 1);

        given().contentType(ContentType.TEXT)
                .body(SHORT)
                .when()
                .post("/v1/summaries")
                .then()
                .statusCode(429)
                .contentType(PROBLEM)
                .header("Retry-After", matchesPattern("[1-9][0-9]*"))
                .body("title", is("Too Many Requests"))
                .body("detail", containsString("the server is busy"));

        gate.open();
        assertThat(running.get(30, TimeUnit.SECONDS)).isEqualTo(200);
        assertThat(waiting.get(30, TimeUnit.SECONDS)).isEqualTo(200);
    }

    @Test
    void should_queue_a_digest_with_the_single_articles_and_refuse_it_with_429_when_the_queue_is_full()
            throws Exception {
        Gate gate = new Gate();
        TestModel.answer(gate.model());
        CompletableFuture<Integer> running = post();
        await(() -> running.isDone() || warta.queue().running() == 1);
        CompletableFuture<Integer> waiting = post();
        await(() -> warta.queue().waiting() == 1);

        given().contentType(ContentType.JSON)
                .body(Map.of("articles", java.util.List.of(Map.of("text", SHORT))))
                .when()
                .post("/v1/digests")
                .then()
                .statusCode(429)
                .contentType(PROBLEM)
                .header("Retry-After", matchesPattern("[1-9][0-9]*"))
                .body("detail", containsString("the server is busy"));

        gate.open();
        // the held requests end either way (a loaded machine may take them past the 3 s limit)
        assertThat(running.get(30, TimeUnit.SECONDS)).isIn(200, 504);
        assertThat(waiting.get(30, TimeUnit.SECONDS)).isIn(200, 504);
    }

    @Test
    void should_return_504_and_free_the_worker_when_the_request_timeout_passes() {
        TestModel.answer(new Gate().model());

        given().contentType(ContentType.TEXT)
                .body(SHORT)
                .when()
                .post("/v1/translations")
                .then()
                .statusCode(504)
                .contentType(PROBLEM)
                .body("detail", containsString("within the server's limit of 3 s"));

        await(() -> warta.queue().running() == 0);
    }

    @Test
    void should_return_504_when_a_whole_digest_runs_past_the_request_timeout() {
        Gate gate = new Gate();
        TestModel.answer(gate.model());
        try {
            given().contentType(ContentType.JSON)
                    .body(Map.of("articles", java.util.List.of(Map.of("text", SHORT))))
                    .when()
                    .post("/v1/digests")
                    .then()
                    .statusCode(504)
                    .contentType(PROBLEM)
                    .body(
                            "detail",
                            is("the request's model work was not finished within the server's limit of 3 s"
                                    + " (warta.request-timeout); the work was cancelled"));
        } finally {
            gate.open(); // the digest's own article threads may still wait at the gate
        }

        await(() -> warta.queue().running() == 0);
    }

    @Test
    void should_return_413_when_the_article_is_over_max_article_chars() {
        given().contentType(ContentType.JSON)
                .body(Map.of("text", Articles.TEXT))
                .when()
                .post("/v1/articles")
                .then()
                .statusCode(413)
                .contentType(PROBLEM)
                .body("title", is("Request Entity Too Large"))
                .body("detail", containsString("at most 600 are taken (warta.max-article-chars)"));
    }

    /** Posts on a thread of its own: the common pool may have a single thread. */
    private static CompletableFuture<Integer> post() {
        return CompletableFuture.supplyAsync(
                () -> given().contentType(ContentType.TEXT)
                        .body(SHORT)
                        .when()
                        .post("/v1/summaries")
                        .then()
                        .extract()
                        .statusCode(),
                runnable -> Thread.ofVirtual().start(runnable));
    }

    private static void await(BooleanSupplier condition) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("condition met within 30 s").isLessThan(deadline);
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}

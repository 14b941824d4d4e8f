package warta.server.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

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
    static final String SHORT = """
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
    void should_return_504_when_a_whole_digest_runs_past_the_digest_timeout() {
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
                                    + " (warta.digest-timeout); the work was cancelled"));
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
    static CompletableFuture<Integer> post() {
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

    static void await(BooleanSupplier condition) {
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

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
import warta.server.testing.TestModel;

/**
 * A full queue answers 429, for single articles and digests alike. The held requests wait at a
 * gate, not on a clock: their limits ({@link FullQueueProfile}) are far beyond the test, so a slow
 * machine cannot end them before the 429 is asked for.
 */
@QuarkusTest
@TestProfile(FullQueueProfile.class)
class FullQueueTest {

    private static final String PROBLEM = "application/problem+json";
    /** Short enough for max-article-chars (600). */
    private static final String SHORT = SmallQueueTest.SHORT;

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
        assertThat(running.get(30, TimeUnit.SECONDS)).isEqualTo(200);
        assertThat(waiting.get(30, TimeUnit.SECONDS)).isEqualTo(200);
    }

    private static CompletableFuture<Integer> post() {
        return SmallQueueTest.post();
    }

    private static void await(BooleanSupplier condition) {
        SmallQueueTest.await(condition);
    }
}

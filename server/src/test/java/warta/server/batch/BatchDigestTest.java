package warta.server.batch;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import warta.core.testing.FakeModel;
import warta.server.Articles;
import warta.server.DigestArticles;
import warta.server.testing.TestModel;

/** {@code POST /v1/digests} with {@code {"batch": id}}: a finished job's results are reused, an unfinished job is refused. */
@QuarkusTest
class BatchDigestTest {

    @AfterEach
    void resetModel() {
        TestModel.reset();
    }

    @Test
    void should_digest_a_finished_job_without_translating_any_article_again() {
        String id = BatchPolling.submit(DigestArticles.all());
        BatchPolling.until(id, "done");
        long translationsBefore = translations();

        given().contentType(ContentType.JSON)
                .body(Map.of("batch", id))
                .when()
                .post("/v1/digests")
                .then()
                .statusCode(200)
                .body("sources", hasSize(3))
                .body("stories", hasSize(2));

        assertThat(translationsBefore).as("the job translated each article").isGreaterThanOrEqualTo(3);
        assertThat(translations()).as("translation requests after the digest").isEqualTo(translationsBefore);
    }

    @Test
    void should_refuse_a_job_that_is_still_running_with_409() throws InterruptedException {
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        TestModel.answer(FakeModel.answering(request -> {
            entered.countDown();
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return TestModel.faithful(request);
        }));
        String id = BatchPolling.submit(List.of(Map.of("text", DigestArticles.LIBRARY)));
        try {
            assertThat(entered.await(30, TimeUnit.SECONDS)).isTrue();

            given().contentType(ContentType.JSON)
                    .body(Map.of("batch", id))
                    .when()
                    .post("/v1/digests")
                    .then()
                    .statusCode(409)
                    .contentType("application/problem+json")
                    .body("status", is(409))
                    .body("detail", containsString("is running"))
                    .body("detail", containsString("once it is done"));
        } finally {
            release.countDown();
        }
        BatchPolling.until(id, "done");
    }

    @Test
    void should_refuse_a_job_with_no_done_article_without_naming_a_server_path() {
        String id = BatchPolling.submit(List.of(Map.of("id", "kosong", "text", Articles.ONLY_BOILERPLATE)));
        BatchPolling.until(id, "done");

        given().contentType(ContentType.JSON)
                .body(Map.of("batch", id))
                .when()
                .post("/v1/digests")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("detail", is("batch job " + id + " has no done article to digest"));
    }

    /** Translation requests the server's model got since the application started. */
    private static long translations() {
        return TestModel.requests().stream()
                .filter(r -> r.contains("paragraphs into English"))
                .count();
    }
}

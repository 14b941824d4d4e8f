package warta.server.batch;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import warta.core.testing.FakeModel;
import warta.server.Articles;
import warta.server.testing.TestModel;

@QuarkusTest
class BatchResourceTest {

    private final ObjectMapper json = new ObjectMapper();

    @AfterEach
    void resetModel() {
        TestModel.reset();
    }

    @Test
    void should_accept_a_batch_with_202_and_finish_it_in_the_background() throws Exception {
        Response accepted = given().contentType(ContentType.JSON)
                .body(Map.of(
                        "articles",
                        List.of(Map.of("id", "taman", "text", Articles.TEXT), Map.of("html", Articles.HTML))))
                .when()
                .post("/v1/batches")
                .then()
                .statusCode(202)
                .contentType(ContentType.JSON)
                .header("Location", matchesPattern(".*/v1/batches/[0-9a-f]{32}"))
                .body("total", is(2))
                .body("articles.id", is(List.of("taman", "2")))
                .extract()
                .response();
        String id = accepted.jsonPath().getString("id");
        assertThat(accepted.header("Location")).endsWith("/v1/batches/" + id);

        JsonPath done = BatchPolling.until(id, "done");

        assertThat(done.getInt("done")).isEqualTo(2);
        assertThat(done.getInt("failed") + done.getInt("duplicates") + done.getInt("pending"))
                .isZero();
        assertThat(done.getList("articles.status", String.class)).containsExactly("done", "done");
        String results = given().when()
                .get("/v1/batches/" + id + "/results")
                .then()
                .statusCode(200)
                .contentType(BatchResource.NDJSON)
                .extract()
                .asString();
        List<String> lines = results.lines().toList();
        assertThat(lines).hasSize(2);
        List<String> ids = new ArrayList<>();
        for (String line : lines) {
            JsonNode result = json.readTree(line);
            ids.add(result.get("id").asText());
            assertThat(result.get("translation").get("paragraphs")).isNotEmpty();
            assertThat(result.get("summary").get("headline").asText()).isEqualTo("Officials describe the plan");
        }
        assertThat(ids).containsExactly("taman", "2");
    }

    @Test
    void should_count_batch_jobs_in_the_model_metrics_and_throttle_them_inside_the_retry_layer() {
        double before = modelRequests();

        BatchPolling.until(BatchPolling.submit(List.of(Map.of("text", Articles.TEXT))), "done");

        assertThat(modelRequests()).isGreaterThan(before);
        ChatModel raw = TestModel.failing();
        assertThat(TestModel.inners())
                .anySatisfy(inner -> assertThat(inner.apply(raw).getClass().getName())
                        .startsWith("warta.core.batch.AdaptiveLimiter"));
    }

    private static double modelRequests() {
        String metrics = given().when()
                .get("/q/metrics")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        return metrics.lines()
                .filter(l -> l.startsWith("warta_model_requests_total"))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1)))
                .sum();
    }

    @Test
    void should_record_a_bad_article_as_failed_and_finish_the_others() {
        String id = BatchPolling.submit(
                List.of(Map.of("id", "kosong", "text", Articles.ONLY_BOILERPLATE), Map.of("text", Articles.TEXT)));

        JsonPath done = BatchPolling.until(id, "done");

        assertThat(done.getInt("done")).isEqualTo(1);
        assertThat(done.getInt("failed")).isEqualTo(1);
        assertThat(done.getString("articles[0].reason"))
                .startsWith("articles[0] has no article text")
                .doesNotContain("/");
        assertThat(given().get("/v1/batches/" + id + "/results").asString().lines())
                .hasSize(1);
    }

    @Test
    void should_cancel_a_running_job_so_that_it_takes_up_no_more_articles() throws Exception {
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        TestModel.answer(blockingUntil(entered, release));
        List<Map<String, String>> many = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            many.add(Map.of("text", Articles.TEXT));
        }
        String id = BatchPolling.submit(many);
        try {
            assertThat(entered.await(30, TimeUnit.SECONDS))
                    .as("an article of the job reached the model")
                    .isTrue();
            given().when().delete("/v1/batches/" + id).then().statusCode(202).body("state", is("cancelled"));
        } finally {
            release.countDown();
        }
        String next = BatchPolling.submit(List.of(Map.of("text", Articles.TEXT)));
        BatchPolling.until(next, "done");

        given().when()
                .get("/v1/batches/" + id)
                .then()
                .statusCode(200)
                .body("state", is("cancelled"))
                .body("done", greaterThanOrEqualTo(1))
                .body("pending", greaterThanOrEqualTo(4));
        given().when().delete("/v1/batches/" + next).then().statusCode(200).body("state", is("done"));
    }

    @Test
    void should_answer_404_for_an_unknown_job() {
        for (String path : List.of(
                "/v1/batches/" + "0".repeat(32),
                "/v1/batches/" + "0".repeat(32) + "/results",
                "/v1/batches/..%2Fbatch-jobs",
                "/v1/batches/not-a-job/results")) {
            given().when()
                    .get(path)
                    .then()
                    .statusCode(404)
                    .contentType("application/problem+json")
                    .body("status", is(404));
        }
        given().when()
                .delete("/v1/batches/" + "0".repeat(32))
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("detail", containsString("no batch job"));
    }

    @Test
    void should_refuse_a_bad_body_with_400() {
        for (Object body : List.of(
                "{\"articles\": [",
                "{}",
                Map.of("articles", List.of()),
                Map.of("articles", List.of(Map.of("text", "teks"), Map.of("text", "teks", "html", "<p>x</p>"))),
                Map.of("articles", List.of(Map.of("id", "a", "text", "teks"), Map.of("id", "A", "text", "teks"))),
                Map.of("articles", List.of(Map.of("url", "file:///etc/passwd"))),
                Map.of("articles", List.of(Map.of("text", " "))))) {
            given().contentType(ContentType.JSON)
                    .body(body)
                    .when()
                    .post("/v1/batches")
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("status", is(400));
        }
        given().contentType(ContentType.JSON)
                .body(Map.of("articles", List.of(Map.of("text", "teks"), Map.of("text", "teks", "html", "<p>x</p>"))))
                .when()
                .post("/v1/batches")
                .then()
                .statusCode(400)
                .body("detail", containsString("articles[1]"));
    }

    @Test
    void should_name_only_json_when_a_batch_comes_as_another_media_type() {
        given().contentType(ContentType.TEXT)
                .body("Banjir merendam 120 rumah.")
                .when()
                .post("/v1/batches")
                .then()
                .statusCode(415)
                .contentType("application/problem+json")
                .body("detail", is("send the batch as application/json: {\"articles\": [...]}"));
    }

    @Test
    void should_refuse_more_articles_than_the_limit_with_413() {
        List<Map<String, String>> articles = new ArrayList<>();
        for (int i = 0; i < 1001; i++) {
            articles.add(Map.of("text", "x"));
        }
        given().contentType(ContentType.JSON)
                .body(Map.of("articles", articles))
                .when()
                .post("/v1/batches")
                .then()
                .statusCode(413)
                .contentType("application/problem+json")
                .body("status", is(413))
                .body("detail", containsString("at most 1000 articles"));
    }

    /** Counts {@code entered} down at each request, and answers faithfully once {@code release} is counted down. */
    private static ChatModel blockingUntil(CountDownLatch entered, CountDownLatch release) {
        FakeModel faithful = FakeModel.answering(TestModel::faithful);
        return new ChatModel() {
            @Override
            public ChatResponse doChat(ChatRequest request) {
                entered.countDown();
                try {
                    if (!release.await(30, TimeUnit.SECONDS)) {
                        throw new IllegalStateException("the test never released the model");
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
                return faithful.chat(request);
            }
        };
    }
}

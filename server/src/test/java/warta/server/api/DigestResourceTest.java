package warta.server.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import warta.core.testing.FakeModel;
import warta.server.DigestArticles;
import warta.server.testing.TestModel;

/** {@code POST /v1/digests} with a list of articles: the answer in each format, its events, and its problems. */
@QuarkusTest
class DigestResourceTest {

    private static final String PATH = "/v1/digests";

    @AfterEach
    void resetModel() {
        TestModel.reset();
    }

    @Test
    void should_answer_the_digest_json_with_stories_in_date_order_and_numbered_sources() {
        given().contentType(ContentType.JSON)
                .body(Map.of("articles", DigestArticles.all()))
                .when()
                .post(PATH)
                .then()
                .statusCode(200)
                .contentType(ContentType.JSON)
                .body("sources", hasSize(3))
                .body("sources.number", org.hamcrest.Matchers.contains(1, 2, 3))
                .body(
                        "sources.id",
                        org.hamcrest.Matchers.containsInAnyOrder("taman-antara", "taman-kompas", "perpustakaan"))
                .body("sources[0].sentences.size()", greaterThan(0))
                .body("stories", hasSize(2))
                .body("stories[0].firstDate", startsWith("2024-05"))
                .body("stories[1].firstDate", startsWith("2024-09"))
                .body("stories[0].sources", org.hamcrest.Matchers.contains(1, 2))
                .body("stories[1].sources", org.hamcrest.Matchers.contains(3))
                .body("stories[0].sentences", not(org.hamcrest.Matchers.empty()))
                .body("stories[1].sentences", not(org.hamcrest.Matchers.empty()))
                .body("stories.sentences.flatten().citations", everyItem(not(org.hamcrest.Matchers.empty())))
                .body("checks.passed", is(true))
                .body("checks.findings", hasSize(0))
                .body("usage.requests", greaterThan(0))
                .header(DigestResource.LEFT_OUT, "0")
                .body("problems", hasSize(0));
    }

    @Test
    void should_stream_progress_events_then_the_digest() {
        String body = given().contentType(ContentType.JSON)
                .accept("text/event-stream")
                .body(Map.of("articles", DigestArticles.all()))
                .when()
                .post(PATH)
                .then()
                .statusCode(200)
                .contentType(startsWith("text/event-stream"))
                .extract()
                .asString();

        Events events = Events.parse(body);
        assertThat(events.names()).last().isEqualTo("digest");
        assertThat(events.names().subList(0, events.names().size() - 1))
                .isNotEmpty()
                .containsOnly("progress");
        assertThat(events.named("progress"))
                .extracting(e -> e.data().get("stage").asText())
                .containsSubsequence("articles", "stories", "briefing");
        assertThat(events.named("progress"))
                .allSatisfy(e -> assertThat(e.data().get("done").asInt())
                        .isBetween(0, e.data().get("total").asInt()));
        assertThat(events.last().data().get("sources")).hasSize(3);
        assertThat(events.last().data().get("stories")).hasSize(2);
    }

    @Test
    void should_end_the_stream_with_an_error_event_when_the_model_fails() {
        TestModel.answer(FakeModel.answering(request -> {
            throw new IllegalStateException("the test model is down");
        }));

        String body = given().contentType(ContentType.JSON)
                .accept("text/event-stream")
                .body(Map.of("articles", DigestArticles.all()))
                .when()
                .post(PATH)
                .then()
                .statusCode(200)
                .extract()
                .asString();

        Events events = Events.parse(body);
        assertThat(events.names()).last().isEqualTo("error");
        assertThat(events.names()).doesNotContain("digest");
        assertThat(events.last().data().get("status").asInt()).isGreaterThanOrEqualTo(500);
        assertThat(events.last().data().get("instance").asText()).isEqualTo(PATH);
        assertThat(events.last().data().get("detail").asText())
                .isNotBlank()
                .doesNotContain("IllegalStateException")
                .doesNotContain("the test model is down");
    }

    @Test
    void should_refuse_two_articles_with_the_same_id() {
        problem(
                        Map.of(
                                "articles",
                                List.of(
                                        Map.of("id", "Taman", "text", DigestArticles.PARK_ANTARA),
                                        Map.of("id", "taman", "text", DigestArticles.PARK_KOMPAS))),
                        400)
                .body("detail", containsString("two articles have the id \"taman\""));
    }

    @Test
    void should_render_markdown_for_the_format_query_and_html_for_the_accept_header() {
        String markdown = given().contentType(ContentType.JSON)
                .queryParam("format", "markdown")
                .body(Map.of("articles", DigestArticles.all()))
                .when()
                .post(PATH)
                .then()
                .statusCode(200)
                .contentType(startsWith("text/markdown"))
                .extract()
                .asString();
        assertThat(markdown).startsWith("# Digest").contains("## Sources").contains("[1]");

        given().contentType(ContentType.JSON)
                .accept("text/html")
                .body(Map.of("articles", DigestArticles.all()))
                .when()
                .post(PATH)
                .then()
                .statusCode(200)
                .contentType(startsWith("text/html"))
                .body(containsString("source-1-1"));
    }

    @Test
    void should_refuse_an_empty_list_of_articles() {
        problem(Map.of("articles", List.of()), 400).body("detail", containsString("\"articles\" is empty"));
    }

    @Test
    void should_refuse_a_body_with_neither_articles_nor_a_batch_and_one_with_both() {
        problem(Map.of(), 400).body("detail", containsString("not neither"));
        problem(Map.of("articles", DigestArticles.all(), "batch", "0123"), 400)
                .body("detail", containsString("not both"));
    }

    @Test
    void should_refuse_more_articles_than_the_digest_limit_before_any_model_work() {
        TestModel.answer(TestModel.failing());
        List<Map<String, String>> many = new ArrayList<>();
        for (int i = 0; i < 51; i++) {
            many.add(Map.of("text", "Warga Bandung menanam pohon ke-" + i + " di taman kota."));
        }

        problem(Map.of("articles", many), 413)
                .body("detail", containsString("at most 50 articles"))
                .body("detail", containsString("warta.digest-max-articles"));
    }

    @Test
    void should_name_a_bad_article_by_its_place() {
        problem(Map.of("articles", List.of(Map.of("text", DigestArticles.LIBRARY), Map.of("id", "x"))), 400)
                .body("detail", startsWith("articles[1]: "));
    }

    @Test
    void should_refuse_bad_json_and_a_field_of_the_wrong_type_without_java_names() {
        given().contentType(ContentType.JSON)
                .body("{\"articles\": [")
                .when()
                .post(PATH)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("detail", startsWith("the request body is not valid JSON"))
                .body("detail", not(containsString("warta.")))
                .body("detail", not(containsString("Exception")));
        problem(Map.of("articles", "several"), 400)
                .body("detail", containsString("\"articles\" must be an array"))
                .body("detail", not(containsString("BatchRequest")));
    }

    @Test
    void should_refuse_an_unknown_format_and_another_content_type() {
        given().contentType(ContentType.JSON)
                .queryParam("format", "pdf")
                .body(Map.of("articles", DigestArticles.all()))
                .when()
                .post(PATH)
                .then()
                .statusCode(400)
                .body("detail", is("format must be json, markdown or html, not \"pdf\""));
        given().contentType("text/plain")
                .body(DigestArticles.LIBRARY)
                .when()
                .post(PATH)
                .then()
                .statusCode(415)
                .body("detail", containsString("{\"articles\": [...]}"));
    }

    @Test
    void should_answer_404_for_an_unknown_job() {
        problem(Map.of("batch", "0123456789abcdef0123456789abcdef"), 404)
                .body("detail", containsString("there is no batch job"));
        problem(Map.of("batch", "../etc"), 404);
    }

    @Test
    void should_count_digests_in_the_metrics() {
        given().contentType(ContentType.JSON)
                .body(Map.of("articles", DigestArticles.all()))
                .when()
                .post(PATH)
                .then()
                .statusCode(200);

        String metrics = given().when()
                .get("/q/metrics")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(metrics).containsPattern("warta_digests_total\\{checks=\"(passed|failed)\"[^}]*} [1-9]");
    }

    @Test
    void should_be_described_in_the_openapi_document() {
        given().queryParam("format", "json")
                .when()
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .body("paths", org.hamcrest.Matchers.hasKey(PATH))
                .body("paths.'/v1/digests'.post.responses", org.hamcrest.Matchers.hasKey("200"));
    }

    private static ValidatableResponse problem(Object body, int status) {
        return given().contentType(ContentType.JSON)
                .body(body)
                .when()
                .post(PATH)
                .then()
                .statusCode(status)
                .contentType("application/problem+json")
                .body("status", is(status))
                .body("instance", is(PATH))
                .body("detail", not(containsString("Exception")))
                .body("detail", not(containsString("at warta.")));
    }
}

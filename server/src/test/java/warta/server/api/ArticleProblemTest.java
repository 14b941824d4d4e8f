package warta.server.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import warta.core.error.ModelException;
import warta.core.testing.FakeModel;
import warta.server.Articles;
import warta.server.testing.TestModel;

@QuarkusTest
class ArticleProblemTest {

    private static final String PROBLEM = "application/problem+json";

    @AfterEach
    void resetModel() {
        TestModel.reset();
    }

    @Test
    void should_return_problem_when_json_is_invalid() {
        given().contentType(ContentType.JSON)
                .body("{\"text\": \"Jakarta -")
                .when()
                .post("/v1/translations")
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("status", is(400))
                .body("detail", containsString("not valid JSON"))
                .body("instance", is("/v1/translations"));
    }

    @Test
    void should_return_problem_when_json_body_is_empty() {
        given().contentType(ContentType.JSON)
                .body("")
                .when()
                .post("/v1/summaries")
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("detail", containsString("the request body is empty"));
    }

    @Test
    void should_return_problem_when_a_field_has_the_wrong_type() {
        given().contentType(ContentType.JSON)
                .body("{\"text\": \"Jakarta\", \"glossary\": [\"DPR\"]}")
                .when()
                .post("/v1/translations")
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("detail", containsString("\"glossary\" must be an object"));
    }

    @Test
    void should_return_problem_when_text_and_html_are_both_given() {
        given().contentType(ContentType.JSON)
                .body(Map.of("text", Articles.TEXT, "html", Articles.HTML))
                .when()
                .post("/v1/articles")
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("detail", is("expected \"text\" or \"html\" (or only a \"url\"), found \"text\", \"html\""));
    }

    @Test
    void should_return_problem_when_the_id_is_not_safe() {
        given().contentType(ContentType.JSON)
                .body(Map.of("text", Articles.TEXT, "id", "../etc/passwd"))
                .when()
                .post("/v1/translations")
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("detail", containsString("\"id\" must be 1 to 80 letters"));
    }

    @Test
    void should_return_problem_when_a_glossary_rendering_is_blank() {
        given().contentType(ContentType.JSON)
                .body(Map.of("text", Articles.TEXT, "glossary", Map.of("DPR", " ")))
                .when()
                .post("/v1/translations")
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("detail", is("\"glossary\": rendering of 'DPR' is blank"));
    }

    @Test
    void should_return_problem_when_the_url_cannot_be_fetched() {
        given().contentType(ContentType.JSON)
                .body(Map.of("url", "http://warta-test.invalid/artikel"))
                .when()
                .post("/v1/translations")
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("detail", containsString("warta-test.invalid"));
    }

    @Test
    void should_return_problem_when_media_type_is_unsupported() {
        given().contentType(ContentType.XML)
                .body("<artikel>Jakarta</artikel>")
                .when()
                .post("/v1/articles")
                .then()
                .statusCode(415)
                .contentType(PROBLEM)
                .body("detail", containsString("application/json, text/plain or text/html"));
    }

    @Test
    void should_return_problem_when_body_is_over_the_limit() {
        given().contentType(ContentType.TEXT)
                .body("Pemerintah membuka taman baru. ".repeat(3_000))
                .when()
                .post("/v1/translations")
                .then()
                .statusCode(413)
                .contentType(PROBLEM)
                .body("detail", containsString("over the limit"));
    }

    @Test
    void should_return_problem_before_streaming_when_the_input_is_bad() {
        given().contentType(ContentType.JSON)
                .accept("text/event-stream")
                .body(Map.of("text", "  "))
                .when()
                .post("/v1/translations")
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("detail", is("\"text\" must not be blank"));
    }

    @Test
    void should_return_502_when_the_provider_fails() {
        TestModel.answer(
                failing(new ModelException(ModelException.Kind.SERVER_ERROR, "the provider answered HTTP 500")));

        given().contentType(ContentType.JSON)
                .body(Map.of("text", Articles.TEXT))
                .when()
                .post("/v1/translations")
                .then()
                .statusCode(502)
                .contentType(PROBLEM)
                .body("title", is("Bad Gateway"))
                .body("detail", is("the model provider failed: the provider answered HTTP 500"))
                .body("errorId", nullValue());
    }

    @Test
    void should_give_a_models_advice_in_the_servers_settings_never_in_cli_flags() {
        TestModel.answer(failing(new ModelException(
                ModelException.Kind.CONTEXT_LENGTH,
                names -> "context length exceeded: lower " + names.name("chunk-tokens") + " or use a model with a"
                        + " larger context; or raise " + names.name("context-tokens"),
                null)));

        given().contentType(ContentType.JSON)
                .body(Map.of("text", Articles.TEXT))
                .when()
                .post("/v1/translations")
                .then()
                .statusCode(502)
                .contentType(PROBLEM)
                .body(
                        "detail",
                        is("the model provider failed: context length exceeded: lower warta.chunk-tokens or use a"
                                + " model with a larger context; or raise context-tokens in the config file"));
    }

    @Test
    void should_return_502_with_a_clear_detail_when_the_credentials_are_refused() {
        TestModel.answer(failing(new ModelException(
                ModelException.Kind.AUTHENTICATION,
                "the provider at https://api.example refused the API key (HTTP 401)")));

        given().contentType(ContentType.JSON)
                .body(Map.of("text", Articles.TEXT))
                .when()
                .post("/v1/summaries")
                .then()
                .statusCode(502)
                .contentType(PROBLEM)
                .body("detail", containsString("refused the server's credentials (check WARTA_API_KEY)"));
    }

    @Test
    void should_return_504_when_the_provider_times_out() {
        TestModel.answer(failing(new ModelException(ModelException.Kind.TIMEOUT, "no answer within 60 s")));

        given().contentType(ContentType.JSON)
                .body(Map.of("text", Articles.TEXT))
                .when()
                .post("/v1/articles")
                .then()
                .statusCode(504)
                .contentType(PROBLEM)
                .body("title", is("Gateway Timeout"))
                .body("detail", containsString("did not answer in time"));
    }

    @Test
    void should_return_503_with_the_providers_retry_after_when_rate_limited() {
        TestModel.answer(
                failing(new ModelException(ModelException.Kind.RATE_LIMITED, "HTTP 429", null, Duration.ofSeconds(7))));

        given().contentType(ContentType.JSON)
                .body(Map.of("text", Articles.TEXT))
                .when()
                .post("/v1/translations")
                .then()
                .statusCode(503)
                .contentType(PROBLEM)
                .header("Retry-After", is("7"))
                .body("detail", containsString("limiting the rate"));
    }

    @Test
    void should_return_502_when_the_summary_cannot_be_read() {
        TestModel.answer(FakeModel.answering(request -> "this is not a summary"));

        given().contentType(ContentType.JSON)
                .body(Map.of("text", Articles.TEXT))
                .when()
                .post("/v1/summaries")
                .then()
                .statusCode(502)
                .contentType(PROBLEM)
                .body("detail", containsString("not a usable summary"))
                .body("detail", not(containsString("Exception")));
    }

    @Test
    void should_stream_an_error_event_when_the_provider_fails() {
        TestModel.answer(failing(new ModelException(ModelException.Kind.UNREACHABLE, "connection refused")));

        String body = given().contentType(ContentType.JSON)
                .accept("text/event-stream")
                .body(Map.of("text", Articles.TEXT))
                .when()
                .post("/v1/translations")
                .then()
                .statusCode(200)
                .extract()
                .asString();

        Events events = Events.parse(body);
        assertThat(events.names()).containsExactly("progress", "error");
        assertThat(events.last().data().get("status").asInt()).isEqualTo(502);
        assertThat(events.last().data().get("type").asText()).isEqualTo("about:blank");
        assertThat(events.last().data().get("detail").asText())
                .isEqualTo("the in-process model could not be fetched: connection refused");
        assertThat(events.last().data().get("instance").asText()).isEqualTo("/v1/translations");
    }

    @Test
    void should_count_model_requests_tokens_and_errors_in_the_metrics() {
        given().contentType(ContentType.JSON)
                .body(Map.of("text", Articles.TEXT))
                .when()
                .post("/v1/articles")
                .then()
                .statusCode(200);
        TestModel.answer(failing(new ModelException(ModelException.Kind.SERVER_ERROR, "HTTP 500")));
        given().contentType(ContentType.JSON)
                .body(Map.of("text", Articles.TEXT))
                .when()
                .post("/v1/summaries")
                .then()
                .statusCode(502);

        String metrics = given().when()
                .get("/q/metrics")
                .then()
                .statusCode(200)
                .extract()
                .asString();

        assertThat(metrics)
                .containsPattern("(?m)^warta_model_requests_total(\\{[^}]*})? [1-9]")
                .containsPattern("(?m)^warta_model_tokens_total\\{[^}]*direction=\"in\"[^}]*} [1-9]")
                .containsPattern("(?m)^warta_model_tokens_total\\{[^}]*direction=\"out\"[^}]*} [1-9]")
                .containsPattern("(?m)^warta_model_tokens_cached_total(\\{[^}]*})? 0")
                .containsPattern("(?m)^warta_model_errors_total\\{[^}]*kind=\"server_error\"[^}]*} [1-9]")
                .containsPattern("(?m)^warta_queue_depth(\\{[^}]*})? 0")
                .containsPattern("(?m)^warta_queue_running(\\{[^}]*})? ")
                .contains("http_server_requests_seconds_count{");
    }

    private static FakeModel failing(ModelException failure) {
        return FakeModel.answering(request -> {
            throw failure;
        });
    }
}

package warta.server.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.langchain4j.model.chat.request.ChatRequest;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import warta.core.article.Source;
import warta.core.error.ModelException;
import warta.core.glossary.Glossary;
import warta.core.model.ModelConfig;
import warta.core.process.ArticleProcessor;
import warta.core.process.ProcessListener;
import warta.core.process.Task;
import warta.core.prompt.PromptLibrary;
import warta.core.read.ArticleReader;
import warta.core.result.ResultJson;
import warta.core.testing.FakeModel;
import warta.core.usage.Messages;
import warta.server.Articles;
import warta.server.WartaServerConfig;
import warta.server.testing.TestModel;

@QuarkusTest
class ArticleResourceTest {

    @Inject
    ModelConfig modelConfig;

    @Inject
    WartaServerConfig serverConfig;

    @AfterEach
    void resetModel() {
        TestModel.reset();
    }

    @Test
    void should_translate_text_sent_as_json() {
        given().contentType(ContentType.JSON)
                .body(Map.of("text", Articles.TEXT))
                .when()
                .post("/v1/translations")
                .then()
                .statusCode(200)
                .contentType(ContentType.JSON)
                .body("id", is("article"))
                .body("source.path", nullValue())
                .body("language.code", is("id"))
                .body("metadata.outlet", is("ANTARA"))
                .body("translation.paragraphs", hasSize(4))
                .body("translation.skipped", nullValue())
                .body("summary", nullValue())
                .body("checks.passed", notNullValue())
                .body("removed.reason", org.hamcrest.Matchers.hasItem("related-link"))
                .body("usage.requests", greaterThan(0))
                .body("usage.inputTokens", greaterThan(0))
                .body("duplicateOf", nullValue());
    }

    @Test
    void should_summarize_a_plain_text_body_under_the_id_from_the_query() {
        given().contentType("text/plain; charset=UTF-8")
                .queryParam("id", "taman-bandung")
                .body(Articles.TEXT)
                .when()
                .post("/v1/summaries")
                .then()
                .statusCode(200)
                .body("id", is("taman-bandung"))
                .body("translation", nullValue())
                .body("summary.headline", is("Officials describe the plan"))
                .body("summary.keyPoints", hasSize(3))
                .body("summary.keyPoints[0].text", is("The plan goes on"))
                .body("summary.keyPoints[0].sources", contains(1))
                .body("summary.summarySentences", hasSize(3))
                .body("checks.passed", is(true))
                .body("usage.requests", is(1));
    }

    /** An Indonesian article of our own and a faithful English summary of it, naming its places in English. */
    private static final String MOSCOW = """
            Moskow (KABARKITA) - Menteri Luar Negeri Korea Utara bertemu Presiden Rusia di Moskow pada Selasa.

            Korea Utara mengirim 10.000 tentara ke perbatasan, kata pejabat Amerika Serikat.
            """;

    private static final String MOSCOW_SUMMARY = """
            {"headline": "North Korea's Foreign Minister meets the Russian President in Moscow",
             "summary": [{"text": "North Korea's Foreign Minister met the Russian President in Moscow on Tuesday.", "sources": [1]},
                         {"text": "North Korea sent 10,000 troops to the border, US officials said.", "sources": [2]}],
             "keyPoints": [{"text": "Foreign Minister met the Russian President", "sources": [1]},
                           {"text": "10,000 troops sent to the border", "sources": [2]}],
             "entities": {"people": [], "organizations": [], "places": ["Moscow", "North Korea"]}}
            """;

    @Test
    void should_pass_a_faithful_english_summary_whose_names_are_english_forms_of_the_source() {
        TestModel.answer(FakeModel.answering(request -> MOSCOW_SUMMARY));

        given().contentType(ContentType.JSON)
                .body(Map.of("text", MOSCOW))
                .when()
                .post("/v1/summaries")
                .then()
                .statusCode(200)
                .body("checks.passed", is(true))
                .body("checks.unsupported", hasSize(0));
    }

    @Test
    void should_report_a_planted_place_and_number_in_a_summary() {
        TestModel.answer(FakeModel.answering(request -> MOSCOW_SUMMARY
                .replace("in Moscow on Tuesday", "in Oslo on Tuesday")
                .replace("sent 10,000 troops to the border, US", "sent 12,000 troops to the border, US")));

        given().contentType(ContentType.JSON)
                .body(Map.of("text", MOSCOW))
                .when()
                .post("/v1/summaries")
                .then()
                .statusCode(200)
                .body("checks.passed", is(false))
                .body("checks.unsupported.text", org.hamcrest.Matchers.hasItems("Oslo", "12,000"));
    }

    @Test
    void should_translate_and_summarize_an_html_body() {
        given().contentType("text/html; charset=UTF-8")
                .body(Articles.HTML)
                .when()
                .post("/v1/articles")
                .then()
                .statusCode(200)
                .body("metadata.title", is("Taman baru dibuka di Bandung"))
                .body("translation.paragraphs", hasSize(3))
                .body("summary.headline", is("Officials describe the plan"))
                .body("checks.passed", notNullValue());
    }

    @Test
    void should_answer_the_translation_and_why_the_summary_is_missing_when_only_the_summary_failed() {
        TestModel.answer(FakeModel.answering(request -> {
            if (FakeModel.lastUser(request).contains("paragraphs into English")) {
                return TestModel.faithful(request);
            }
            throw new ModelException(
                    ModelException.Kind.CONTEXT_LENGTH,
                    names -> "context length exceeded: lower " + names.name("chunk-tokens"),
                    null);
        }));

        given().contentType("text/html; charset=UTF-8")
                .body(Articles.HTML)
                .when()
                .post("/v1/articles")
                .then()
                .statusCode(200)
                .body("translation.paragraphs", hasSize(3))
                .body("summary", nullValue())
                .body("checks.passed", is(false))
                .body("checks.incomplete[0].text", is("no summary"))
                .body("checks.incomplete[0].detail", is("context length exceeded: lower warta.chunk-tokens"));
    }

    @Test
    void should_take_html_and_the_id_from_a_json_body() {
        given().contentType(ContentType.JSON)
                .body(Map.of("html", Articles.HTML, "id", "taman-baru"))
                .when()
                .post("/v1/articles")
                .then()
                .statusCode(200)
                .body("id", is("taman-baru"))
                .body("translation.paragraphs", hasSize(3))
                .body("summary", notNullValue());
    }

    @Test
    void should_answer_json_when_the_client_accepts_anything() {
        given().contentType(ContentType.JSON)
                .accept("*/*")
                .body(Map.of("text", Articles.TEXT))
                .when()
                .post("/v1/translations")
                .then()
                .statusCode(200)
                .contentType(ContentType.JSON)
                .body("translation.paragraphs", hasSize(4));
    }

    @Test
    void should_answer_the_same_document_as_core() throws Exception {
        String body = given().contentType(ContentType.JSON)
                .body(Map.of("text", Articles.TEXT))
                .when()
                .post("/v1/articles")
                .then()
                .statusCode(200)
                .extract()
                .asString();

        ArticleProcessor processor = new ArticleProcessor(
                FakeModel.answering(TestModel::faithful),
                modelConfig,
                PromptLibrary.builtIn(),
                Glossary.builtIn(),
                serverConfig.chunkTokens());
        ObjectNode expected = ResultJson.toNode(processor.process(
                new ArticleReader().fromString(Articles.TEXT, Source.inline(), null),
                EnumSet.allOf(Task.class),
                ProcessListener.NONE));
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode actual = (ObjectNode) mapper.readTree(body);
        withoutDuration(expected);
        withoutDuration(actual);
        assertThat(actual).isEqualTo(mapper.readTree(expected.toString()));
    }

    @Test
    void should_put_the_request_glossary_into_the_prompt() {
        FakeModel model = FakeModel.answering(TestModel::faithful);
        TestModel.answer(model);

        given().contentType(ContentType.JSON)
                .body(Map.of("text", Articles.TEXT, "glossary", Map.of("taman kota", "TEST city park")))
                .when()
                .post("/v1/translations")
                .then()
                .statusCode(200);

        assertThat(model.requests()).isNotEmpty();
        assertThat(text(model.requests().getFirst())).contains("taman kota").contains("TEST city park");
    }

    @Test
    void should_keep_the_request_glossary_to_that_request() {
        FakeModel model = FakeModel.answering(TestModel::faithful);
        TestModel.answer(model);

        given().contentType(ContentType.JSON)
                .body(Map.of("text", Articles.TEXT))
                .when()
                .post("/v1/translations")
                .then()
                .statusCode(200);

        assertThat(model.requests()).isNotEmpty().noneMatch(r -> text(r).contains("TEST city park"));
    }

    @Test
    void should_stream_progress_paragraphs_and_the_result() {
        String body = given().contentType(ContentType.JSON)
                .accept("text/event-stream")
                .body(Map.of("text", Articles.TEXT))
                .when()
                .post("/v1/articles")
                .then()
                .statusCode(200)
                .contentType(startsWith("text/event-stream"))
                .extract()
                .asString();

        Events events = Events.parse(body);
        assertThat(events.names().getFirst()).isEqualTo("progress");
        assertThat(events.all().getFirst().data().get("stage").asText()).isEqualTo("translate");
        assertThat(events.named("progress"))
                .extracting(e -> e.data().get("stage").asText())
                .containsSubsequence("translate", "summarize", "check");
        assertThat(events.named("progress"))
                .filteredOn(e -> e.data().has("chunk"))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.data().get("stage").asText()).isEqualTo("translate");
                    assertThat(e.data().get("chunk").asInt()).isZero();
                    assertThat(e.data().get("chunks").asInt()).isEqualTo(1);
                });
        assertThat(events.named("paragraph"))
                .extracting(e -> e.data().get("index").asInt())
                .containsExactlyInAnyOrder(0, 1, 2, 3);
        assertThat(events.names().indexOf("paragraph"))
                .isLessThan(events.names().lastIndexOf("progress"));
        assertThat(events.last().name()).isEqualTo("result");
        assertThat(events.last().data().get("translation").get("paragraphs")).hasSize(4);
        assertThat(events.last().data().get("summary").get("headline").asText())
                .isEqualTo("Officials describe the plan");
        assertThat(events.named("result")).hasSize(1);
    }

    @Test
    void should_stream_paragraph_texts_that_match_the_result() {
        String body = given().contentType(ContentType.TEXT)
                .accept("text/event-stream")
                .body(Articles.TEXT)
                .when()
                .post("/v1/translations")
                .then()
                .statusCode(200)
                .extract()
                .asString();

        Events events = Events.parse(body);
        JsonNode paragraphs = events.last().data().get("translation").get("paragraphs");
        assertThat(events.named("paragraph"))
                .allSatisfy(e -> assertThat(e.data().get("text").asText())
                        .isEqualTo(paragraphs.get(e.data().get("index").asInt()).asText()));
    }

    @Test
    void should_stream_a_summary_without_paragraph_events() {
        String body = given().contentType(ContentType.JSON)
                .accept("text/event-stream")
                .body(Map.of("text", Articles.TEXT))
                .when()
                .post("/v1/summaries")
                .then()
                .statusCode(200)
                .extract()
                .asString();

        Events events = Events.parse(body);
        assertThat(events.names()).containsExactly("progress", "progress", "result");
        assertThat(events.named("paragraph")).isEmpty();
    }

    private static String text(ChatRequest request) {
        return request.messages().stream().map(Messages::text).collect(Collectors.joining("\n"));
    }

    private static void withoutDuration(ObjectNode result) {
        ((ObjectNode) result.get("usage")).remove("durationMs");
    }
}

package warta.server.inspect;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;
import warta.core.article.Source;
import warta.core.inspect.InspectionJson;
import warta.core.inspect.Inspector;
import warta.core.read.ArticleReader;
import warta.server.Articles;

@QuarkusTest
class InspectResourceTest {

    @Test
    void should_inspect_text_sent_as_json() {
        given().contentType(ContentType.JSON)
                .body(Map.of("text", Articles.TEXT))
                .when()
                .post("/v1/inspect")
                .then()
                .statusCode(200)
                .contentType(ContentType.JSON)
                .body("source.path", nullValue())
                .body("language.code", is("id"))
                .body("metadata.outlet", is("ANTARA"))
                .body("metadata.dateline", is("Bandung"))
                .body("paragraphs", hasSize(4))
                .body("paragraphs[0]", startsWith("Bandung (ANTARA) - Pemerintah Kota Bandung"))
                .body("sentences", hasSize(8))
                .body("chunks", hasSize(1))
                .body("chunks[0].index", is(0))
                .body("removed.find { it.text.startsWith('Baca juga') }.reason", is("related-link"))
                .body("removed.text", hasItem("TERKAIT"))
                .body("chunkTokens", is(Inspector.DEFAULT_CHUNK_TOKENS));
    }

    @Test
    void should_answer_the_same_json_as_the_cli() throws Exception {
        String body = given().contentType(ContentType.JSON)
                .body(Map.of("text", Articles.TEXT))
                .when()
                .post("/v1/inspect")
                .then()
                .statusCode(200)
                .extract()
                .asString();

        JsonNode expected = InspectionJson.toNode(
                Inspector.withDefaults().inspect(new ArticleReader().fromString(Articles.TEXT, Source.inline(), null)));
        assertThat(new ObjectMapper().readTree(body)).isEqualTo(expected);
    }

    @Test
    void should_inspect_html_with_its_title_and_url() {
        given().contentType(ContentType.JSON)
                .body(Map.of("html", Articles.HTML, "url", "https://kabar.example/kota/taman-baru"))
                .when()
                .post("/v1/inspect")
                .then()
                .statusCode(200)
                .body("source.url", is("https://kabar.example/kota/taman-baru"))
                .body("title", is("Taman baru dibuka di Bandung"))
                .body("language.code", is("id"))
                .body("paragraphs", hasSize(3))
                .body("paragraphs[0]", startsWith("Pemerintah Kota Bandung membuka"));
    }

    @Test
    void should_inspect_a_plain_text_body() {
        given().contentType("text/plain; charset=UTF-8")
                .body(Articles.TEXT)
                .when()
                .post("/v1/inspect")
                .then()
                .statusCode(200)
                .body("language.code", is("id"))
                .body("paragraphs", hasSize(4))
                .body("removed.reason", hasItem("related-link"));
    }

    @Test
    void should_inspect_an_html_body() {
        given().contentType("text/html; charset=UTF-8")
                .body(Articles.HTML)
                .when()
                .post("/v1/inspect")
                .then()
                .statusCode(200)
                .body("title", is("Taman baru dibuka di Bandung"))
                .body("paragraphs", hasSize(3));
    }

    @Test
    void should_keep_every_chunk_within_the_requested_budget() {
        given().contentType(ContentType.JSON)
                .body(Map.of("text", Articles.TEXT, "chunkTokens", 40))
                .when()
                .post("/v1/inspect")
                .then()
                .statusCode(200)
                .body("chunkTokens", is(40))
                .body("chunks.size()", greaterThan(1))
                .body("chunks.tokens", everyItem(lessThanOrEqualTo(40)));
    }

    @Test
    void should_take_the_chunk_budget_from_the_query_for_a_plain_text_body() {
        given().contentType(ContentType.TEXT)
                .queryParam("chunkTokens", 40)
                .body(Articles.TEXT)
                .when()
                .post("/v1/inspect")
                .then()
                .statusCode(200)
                .body("chunkTokens", is(40))
                .body("chunks.size()", greaterThan(1));
    }
}

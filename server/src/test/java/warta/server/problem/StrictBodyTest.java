package warta.server.problem;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import warta.server.testing.RawHttp;
import warta.server.testing.TestModel;

/**
 * One strict reading of request bodies on every endpoint: bytes that are not UTF-8 (or not the
 * declared charset) and JSON values of the wrong type are 400s that say where, and no model is
 * asked anything.
 */
@QuarkusTest
class StrictBodyTest {

    private static final String PROBLEM = "application/problem+json";
    private static final String[] ENDPOINTS = {
        "/v1/inspect", "/v1/translations", "/v1/summaries", "/v1/articles", "/v1/batches"
    };

    @AfterEach
    void resetModel() {
        TestModel.reset();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/v1/inspect", "/v1/translations", "/v1/summaries", "/v1/articles", "/v1/batches"})
    void should_refuse_json_that_is_not_utf8(String endpoint) {
        TestModel.answer(TestModel.failing());
        String json = endpoint.equals("/v1/batches")
                ? "{\"articles\": [{\"text\": \"Banjir di %\"}]}"
                : "{\"text\": \"Banjir di %\"}";
        byte[] body = withByte(json, 0xFF);
        int offset = json.indexOf('%');

        given().contentType("application/json")
                .body(body)
                .when()
                .post(endpoint)
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("detail", is("the request body is not valid UTF-8 at byte offset " + offset + " (0xFF)"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"text/plain; charset=UTF-8", "text/html; charset=utf-8"})
    void should_refuse_text_that_is_not_utf8_on_every_article_endpoint(String type) {
        TestModel.answer(TestModel.failing());
        byte[] body = withByte("<p>Pemerintah Kota Bandung membuka taman kafe % di Cibeunying.</p>", 0xC3);

        for (String endpoint : ENDPOINTS) {
            if (endpoint.equals("/v1/batches")) {
                continue; // takes JSON only
            }
            given().contentType(type)
                    .body(body)
                    .when()
                    .post(endpoint)
                    .then()
                    .statusCode(400)
                    .contentType(PROBLEM)
                    .body("detail", is("the request body is not valid UTF-8 at byte offset 46 (0xC3)"));
        }
    }

    @Test
    void should_refuse_a_text_body_sent_without_a_charset_that_is_not_utf8() {
        byte[] body = withByte("Banjir di Cipinang %", 0xE9);

        RawHttp.Answer answer = RawHttp.send(
                "POST /v1/articles HTTP/1.1\nHost: localhost\nContent-Type: text/plain\nContent-Length: " + body.length
                        + "\nConnection: close\n\n",
                body);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body()).contains("the request body is not valid UTF-8 at byte offset 19 (0xE9)");
    }

    @Test
    void should_read_a_text_body_in_its_declared_charset() {
        byte[] body = withByte("Pemerintah Kota Bandung membuka taman kafe % di Cibeunying.", 0xE9);

        given().contentType("text/plain; charset=windows-1252")
                .body(body)
                .when()
                .post("/v1/inspect")
                .then()
                .statusCode(200)
                .body("paragraphs[0]", is("Pemerintah Kota Bandung membuka taman kafe é di Cibeunying."));
        given().contentType("text/plain; charset=windows-1252")
                .body(withByte("Banjir di Cipinang %", 0x81))
                .when()
                .post("/v1/translations")
                .then()
                .statusCode(400)
                .body("detail", is("the request body is not valid windows-1252 at byte offset 19 (0x81)"));
    }

    @Test
    void should_refuse_json_declared_in_another_charset() {
        given().contentType("application/json; charset=ISO-8859-1")
                .body("{\"text\": \"Banjir di Cipinang.\"}".getBytes(StandardCharsets.ISO_8859_1))
                .when()
                .post("/v1/articles")
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("detail", is("a JSON body is UTF-8 (RFC 8259), not ISO-8859-1"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"true", "12", "1.5"})
    void should_refuse_a_text_that_is_not_a_json_string_without_asking_the_model(String value) {
        TestModel.answer(TestModel.failing());
        int asked = TestModel.requests().size();

        for (String endpoint : ENDPOINTS) {
            String json = endpoint.equals("/v1/batches")
                    ? "{\"articles\": [{\"text\": " + value + "}]}"
                    : "{\"text\": " + value + "}";
            String field = endpoint.equals("/v1/batches") ? "articles.[0].text" : "text";
            given().contentType("application/json")
                    .body(json)
                    .when()
                    .post(endpoint)
                    .then()
                    .statusCode(400)
                    .contentType(PROBLEM)
                    .body(
                            "detail",
                            is("the request body does not fit: \"" + field + "\" must be a string (line 1," + " column "
                                    + (json.indexOf(value) + 1) + ")"));
        }
        assertThat(TestModel.requests()).hasSize(asked);
    }

    @Test
    void should_refuse_a_glossary_rendering_that_is_not_a_string() {
        given().contentType("application/json")
                .body("{\"text\": \"Banjir di Cipinang.\", \"glossary\": {\"banjir\": 7}}")
                .when()
                .post("/v1/translations")
                .then()
                .statusCode(400)
                .body(
                        "detail",
                        is("the request body does not fit: \"glossary.banjir\" must be a string (line 1,"
                                + " column 56)"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"100\"", "100.5", "true"})
    void should_refuse_a_chunk_budget_that_is_not_a_json_integer(String value) {
        given().contentType("application/json")
                .body("{\"text\": \"Banjir di Cipinang.\", \"chunkTokens\": " + value + "}")
                .when()
                .post("/v1/inspect")
                .then()
                .statusCode(400)
                .body(
                        "detail",
                        is("the request body does not fit: \"chunkTokens\" must be a whole number (line 1,"
                                + " column 48)"));
    }

    /** {@code text} with its one {@code %} replaced by the byte {@code value}. */
    private static byte[] withByte(String text, int value) {
        int at = text.indexOf('%');
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(text.substring(0, at).getBytes(StandardCharsets.UTF_8));
        out.write(value);
        out.writeBytes(text.substring(at + 1).getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }
}

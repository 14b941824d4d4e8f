package warta.server.problem;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;
import warta.server.Articles;

@QuarkusTest
class ProblemMapperTest {

    private static final String PROBLEM = "application/problem+json";

    @Test
    void should_return_problem_when_text_is_empty() {
        given().contentType(ContentType.JSON)
                .body(Map.of("text", "  \n "))
                .when()
                .post("/v1/inspect")
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("type", is("about:blank"))
                .body("title", is("Bad Request"))
                .body("status", is(400))
                .body("detail", is("\"text\" must not be blank"))
                .body("instance", is("/v1/inspect"))
                .body("errorId", nullValue());
    }

    @Test
    void should_return_problem_when_body_is_empty() {
        given().contentType(ContentType.JSON)
                .when()
                .post("/v1/inspect")
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("detail", containsString("the request body is empty"));
    }

    @Test
    void should_return_problem_when_plain_text_body_is_empty() {
        given().contentType(ContentType.TEXT)
                .body("")
                .when()
                .post("/v1/inspect")
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("detail", is("the input is empty"));
    }

    @Test
    void should_return_problem_when_both_text_and_html_are_given() {
        given().contentType(ContentType.JSON)
                .body(Map.of("text", Articles.TEXT, "html", Articles.HTML))
                .when()
                .post("/v1/inspect")
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("detail", is("expected \"text\" or \"html\" (or only a \"url\"), found \"text\", \"html\""));
    }

    @Test
    void should_return_problem_when_no_article_is_given() {
        given().contentType(ContentType.JSON)
                .body(Map.of("chunkTokens", 100))
                .when()
                .post("/v1/inspect")
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("detail", is("expected \"text\" or \"html\" (or only a \"url\"), found none"));
    }

    @Test
    void should_return_problem_when_json_is_invalid() {
        given().contentType(ContentType.JSON)
                .body("{\"text\": \"Jakarta -")
                .when()
                .post("/v1/inspect")
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("detail", containsString("not valid JSON"))
                .body("detail", not(containsString("Exception")));
    }

    @Test
    void should_return_problem_when_json_is_not_an_object() {
        given().contentType(ContentType.JSON)
                .body("[\"Jakarta\"]")
                .when()
                .post("/v1/inspect")
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("detail", containsString("expected a JSON object"))
                .body("detail", not(containsString("warta.server")));
    }

    @Test
    void should_return_problem_when_chunk_tokens_is_not_a_number() {
        given().contentType(ContentType.JSON)
                .body("{\"text\": \"Jakarta\", \"chunkTokens\": \"banyak\"}")
                .when()
                .post("/v1/inspect")
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("detail", containsString("\"chunkTokens\" must be a whole number"));
    }

    @Test
    void should_return_problem_when_chunk_tokens_is_too_small() {
        given().contentType(ContentType.JSON)
                .body(Map.of("text", Articles.TEXT, "chunkTokens", 7))
                .when()
                .post("/v1/inspect")
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("detail", is("\"chunkTokens\" must be at least 8, not 7"));
    }

    @Test
    void should_return_problem_when_chunk_tokens_query_is_not_a_number() {
        given().contentType(ContentType.TEXT)
                .queryParam("chunkTokens", "banyak")
                .body(Articles.TEXT)
                .when()
                .post("/v1/inspect")
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("detail", is("\"chunkTokens\" must be a whole number, not \"banyak\""));
    }

    @Test
    void should_return_problem_when_url_is_not_http() {
        given().contentType(ContentType.JSON)
                .body(Map.of("html", Articles.HTML, "url", "file:///etc/passwd"))
                .when()
                .post("/v1/inspect")
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("detail", containsString("\"url\" must be an absolute http or https URL"));
    }

    @Test
    void should_return_problem_when_text_is_binary() {
        given().contentType(ContentType.JSON)
                .body(Map.of("text", "PK\u0003\u0004\u0000\u0000\u0000\u0000\u0000"))
                .when()
                .post("/v1/inspect")
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("detail", containsString("binary"));
    }

    @Test
    void should_return_problem_when_nothing_is_left_after_cleaning() {
        given().contentType(ContentType.JSON)
                .body(Map.of("text", Articles.ONLY_BOILERPLATE))
                .when()
                .post("/v1/inspect")
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("detail", containsString("has no article text"));
    }

    @Test
    void should_return_problem_when_media_type_is_unsupported() {
        given().contentType(ContentType.XML)
                .body("<artikel>Jakarta</artikel>")
                .when()
                .post("/v1/inspect")
                .then()
                .statusCode(415)
                .contentType(PROBLEM)
                .body("title", is("Unsupported Media Type"))
                .body("detail", containsString("application/json, text/plain or text/html"));
    }

    @Test
    void should_return_problem_when_body_is_over_the_limit() {
        String tooLong = "Pemerintah membuka taman baru. ".repeat(3_000);

        given().contentType(ContentType.TEXT)
                .body(tooLong)
                .when()
                .post("/v1/inspect")
                .then()
                .statusCode(413)
                .contentType(PROBLEM)
                .body("status", is(413))
                .body("detail", containsString("over the limit"));
    }

    @Test
    void should_return_problem_when_path_is_unknown() {
        given().when()
                .get("/v1/nothing-here")
                .then()
                .statusCode(404)
                .contentType(PROBLEM)
                .body("instance", is("/v1/nothing-here"));
    }

    @Test
    void should_return_problem_with_error_id_and_no_internals_when_something_unexpected_fails() {
        given().when()
                .get("/test/failure")
                .then()
                .statusCode(500)
                .contentType(PROBLEM)
                .body("title", is("Internal Server Error"))
                .body("errorId", matchesPattern("[0-9a-f-]{36}"))
                .body("detail", containsString("error id"))
                .body(not(containsString("IllegalStateException")))
                .body(not(containsString(FailingResource.SECRET)))
                .body(not(containsString("at warta.")))
                .body("detail", not(emptyOrNullString()));
    }
}

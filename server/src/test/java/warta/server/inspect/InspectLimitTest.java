package warta.server.inspect;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import warta.server.Articles;
import warta.server.api.SmallQueueProfile;

/** {@code warta.max-article-chars} (600 here) holds for {@code /v1/inspect} as for the model-backed endpoints. */
@QuarkusTest
@TestProfile(SmallQueueProfile.class)
class InspectLimitTest {

    private static final String DETAIL = "the article has [0-9]+ characters of text after cleaning;"
            + " at most 600 are taken \\(warta.max-article-chars\\)";
    private static final String SHORT =
            "Bandung (ANTARA) - Pemerintah Kota Bandung membuka taman kota baru pada Senin.";

    @Test
    void should_inspect_an_article_within_the_limit() {
        given().contentType(ContentType.TEXT)
                .body(SHORT)
                .when()
                .post("/v1/inspect")
                .then()
                .statusCode(200)
                .body("language.code", is("id"));
    }

    @Test
    void should_return_413_for_json_over_max_article_chars() {
        tooLarge(given().contentType(ContentType.JSON)
                .body(Map.of("text", Articles.TEXT))
                .when()
                .post("/v1/inspect")
                .then());
    }

    @Test
    void should_return_413_for_plain_text_over_max_article_chars() {
        tooLarge(given().contentType(ContentType.TEXT)
                .body(Articles.TEXT)
                .when()
                .post("/v1/inspect?chunkTokens=50")
                .then());
    }

    @Test
    void should_return_413_for_html_over_max_article_chars() {
        String page =
                "<html><body><article><p>" + Articles.TEXT.replace("\n\n", "</p><p>") + "</p></article></body></html>";
        tooLarge(given().contentType(ContentType.HTML)
                .body(page)
                .when()
                .post("/v1/inspect")
                .then());
    }

    private static void tooLarge(ValidatableResponse response) {
        response.statusCode(413)
                .contentType("application/problem+json")
                .body("title", is("Request Entity Too Large"))
                .body("instance", is("/v1/inspect"))
                .body("detail", matchesPattern(DETAIL));
    }
}

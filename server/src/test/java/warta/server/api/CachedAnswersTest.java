package warta.server.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;
import warta.core.Warta;
import warta.server.Articles;
import warta.server.testing.TestModel;

/** The server's response cache: asking twice costs one model run. */
@QuarkusTest
@TestProfile(CachedAnswersProfile.class)
class CachedAnswersTest {

    @Inject
    Warta warta;

    @Test
    void should_ask_the_model_once_when_the_same_article_is_asked_for_twice() {
        int before = TestModel.requests().size();
        int sent = given().contentType(ContentType.JSON)
                .body(Map.of("text", Articles.TEXT))
                .when()
                .post("/v1/articles")
                .then()
                .statusCode(200)
                .body("usage.requests", greaterThan(0))
                .body("usage.cachedRequests", is(0))
                .extract()
                .path("usage.requests");
        assertThat(TestModel.requests()).hasSize(before + sent);

        given().contentType(ContentType.JSON)
                .body(Map.of("text", Articles.TEXT))
                .when()
                .post("/v1/articles")
                .then()
                .statusCode(200)
                .body("usage.requests", is(0))
                .body("usage.cachedRequests", is(sent));

        assertThat(TestModel.requests()).hasSize(before + sent);
        assertThat(warta.cacheStats().orElseThrow().dir()).isEqualTo(CachedAnswersProfile.dir());
        assertThat(warta.cacheStats().orElseThrow().entries()).isEqualTo(sent);
    }
}

package warta.server.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;
import warta.server.problem.Problem;

@QuarkusTest
@TestProfile(WithApiKeys.class)
class ApiKeyFilterTest {

    private static final String BODY =
            "{\"text\": \"Pemerintah kota meresmikan taman baru di pusat kota pada hari Senin.\"}";

    @Test
    void should_refuse_a_request_without_a_key() {
        given().contentType("application/json")
                .body(BODY)
                .when()
                .post("/v1/inspect")
                .then()
                .statusCode(401)
                .contentType(Problem.MEDIA_TYPE)
                .header("WWW-Authenticate", startsWith("Bearer"))
                .body("status", is(401))
                .body("title", is("Unauthorized"))
                .body("detail", containsString("Authorization: Bearer"))
                .body("instance", is("/v1/inspect"));
    }

    @Test
    void should_refuse_a_wrong_key() {
        given().contentType("application/json")
                .body(BODY)
                .header("Authorization", "Bearer " + WithApiKeys.KEY + "x")
                .when()
                .post("/v1/inspect")
                .then()
                .statusCode(401)
                .header("WWW-Authenticate", containsString("invalid_token"))
                .body("detail", is("the API key is not valid"))
                .body(not(containsString(WithApiKeys.KEY)));
    }

    @Test
    void should_refuse_another_scheme_and_another_spelling_of_the_path() {
        given().contentType("application/json")
                .body(BODY)
                .header("Authorization", "Basic " + WithApiKeys.KEY)
                .when()
                .post("/v1/inspect")
                .then()
                .statusCode(401);
        given().contentType("application/json")
                .body(BODY)
                .when()
                .post("/V1/inspect")
                .then()
                .statusCode(401);
    }

    @Test
    void should_answer_with_either_right_key() {
        given().contentType("application/json")
                .body(BODY)
                .header("Authorization", "Bearer " + WithApiKeys.KEY)
                .when()
                .post("/v1/inspect")
                .then()
                .statusCode(200)
                .body("language.code", is("id"));
        given().contentType("application/json")
                .body(BODY)
                .header("Authorization", "bearer " + WithApiKeys.OTHER_KEY)
                .when()
                .post("/v1/inspect")
                .then()
                .statusCode(200);
    }

    @Test
    void should_guard_digests_like_every_other_endpoint() {
        String digest = "{\"articles\": []}";
        given().contentType("application/json")
                .body(digest)
                .when()
                .post("/v1/digests")
                .then()
                .statusCode(401)
                .contentType(Problem.MEDIA_TYPE)
                .body("instance", is("/v1/digests"));
        given().contentType("application/json")
                .body(digest)
                .header("Authorization", "Bearer " + WithApiKeys.KEY)
                .when()
                .post("/v1/digests")
                .then()
                .statusCode(400)
                .body("detail", containsString("\"articles\" is empty"));
    }

    @Test
    void should_keep_health_metrics_and_the_api_description_open() {
        given().when().get("/q/health/ready").then().statusCode(200);
        given().when().get("/q/health/live").then().statusCode(200);
        given().when().get("/q/metrics").then().statusCode(200);
        given().when().get("/q/openapi").then().statusCode(200);
        given().when().get("/q/swagger-ui/").then().statusCode(200);
    }
}

package warta.server.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OpenApiTest {

    @Test
    void should_describe_the_api_with_its_bearer_scheme() {
        given().queryParam("format", "json")
                .when()
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .body("info.title", is("Warta API"))
                .body("info.version", is("0.1.0"))
                .body("components.securitySchemes.bearer.type", is("http"))
                .body("components.securitySchemes.bearer.scheme", is("bearer"))
                .body("paths", org.hamcrest.Matchers.hasKey("/v1/inspect"));
    }

    @Test
    void should_serve_the_swagger_ui() {
        given().when().get("/q/swagger-ui").then().statusCode(200).body(containsString("swagger"));
    }

    @Test
    void should_leave_v1_open_when_the_server_has_no_keys() {
        given().contentType("application/json")
                .body("{\"text\": \"Pemerintah kota meresmikan taman baru di pusat kota pada hari Senin.\"}")
                .when()
                .post("/v1/inspect")
                .then()
                .statusCode(200);
    }
}

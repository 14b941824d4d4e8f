package warta.server.health;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class HealthTest {

    @Test
    void should_be_up_when_the_inspection_pipeline_works() {
        given().when()
                .get("/q/health")
                .then()
                .statusCode(200)
                .body("status", is("UP"))
                .body("checks.name", hasItem(InspectionReadinessCheck.NAME));
    }

    @Test
    void should_be_ready_with_an_indonesian_sample() {
        given().when()
                .get("/q/health/ready")
                .then()
                .statusCode(200)
                .body("status", is("UP"))
                .body("checks.find { it.name == 'inspection pipeline' }.data.language", is("id"));
    }

    @Test
    void should_not_probe_the_provider_when_the_check_is_off() {
        given().when()
                .get("/q/health/ready")
                .then()
                .statusCode(200)
                .body("checks.find { it.name == 'model provider' }.status", is("UP"))
                .body("checks.find { it.name == 'model provider' }.data.checked", is(false));
    }

    @Test
    void should_be_live() {
        given().when().get("/q/health/live").then().statusCode(200).body("status", is("UP"));
    }
}

package warta.server.health;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(UnreachableProvider.class)
class ProviderReadinessTest {

    private static final String CHECK = "checks.find { it.name == 'model provider' }";

    @Test
    void should_not_be_ready_when_the_provider_cannot_be_reached() {
        given().when()
                .get("/q/health/ready")
                .then()
                .statusCode(503)
                .body("status", is("DOWN"))
                .body(CHECK + ".status", is("DOWN"))
                .body(CHECK + ".data.provider", is("openai"))
                .body(CHECK + ".data.reason", containsString("127.0.0.1"))
                .body(not(containsString(UnreachableProvider.API_KEY)));
    }

    @Test
    void should_stay_live_while_the_provider_is_down() {
        given().when().get("/q/health/live").then().statusCode(200).body("status", is("UP"));
    }
}

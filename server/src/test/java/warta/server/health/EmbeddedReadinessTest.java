package warta.server.health;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(MissingEmbeddedModel.class)
class EmbeddedReadinessTest {

    private static final String CHECK = "checks.find { it.name == 'model provider' }";

    @Test
    void should_say_why_the_in_process_model_is_not_ready_in_the_servers_terms_not_the_clis() {
        given().when()
                .get("/q/health/ready")
                .then()
                .statusCode(503)
                .body(CHECK + ".data.provider", is("embedded"))
                .body(
                        CHECK + ".data.reason",
                        allOf(
                                containsString("is not downloaded yet: it is downloaded when a request first needs it"),
                                containsString("WARTA_MODEL=PATH, WARTA_PROVIDER=ollama"),
                                not(containsString("--"))));
    }
}

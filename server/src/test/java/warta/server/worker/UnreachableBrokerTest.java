package warta.server.worker;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Brokers that cannot be reached at start-up stop the server's worker, and readiness says so. */
@QuarkusTest
@TestProfile(UnreachableBrokerProfile.class)
class UnreachableBrokerTest {

    @Test
    void should_be_not_ready_with_the_reason_once_the_worker_cannot_reach_the_brokers() throws Exception {
        long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        Response ready = given().when().get("/q/health/ready");
        while (ready.statusCode() == 200 && System.nanoTime() < end) {
            Thread.sleep(200);
            ready = given().when().get("/q/health/ready");
        }

        assertThat(ready.statusCode()).isEqualTo(503);
        assertThat(ready.jsonPath().getString("checks.find { it.name == 'kafka worker' }.status"))
                .isEqualTo("DOWN");
        assertThat(ready.jsonPath().getString("checks.find { it.name == 'kafka worker' }.data.reason"))
                .startsWith("cannot reach the Kafka brokers at 127.0.0.1:");
        given().when().get("/v1/inspect").then().statusCode(405); // the HTTP API itself still answers
    }
}

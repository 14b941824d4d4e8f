package warta.server.batch;

import static io.restassured.RestAssured.given;

import io.restassured.path.json.JsonPath;
import java.time.Duration;

/** Polls a batch job's status until it reaches a state. */
final class BatchPolling {

    private static final Duration LIMIT = Duration.ofSeconds(60);

    private BatchPolling() {}

    static JsonPath until(String id, String state) {
        long deadline = System.nanoTime() + LIMIT.toNanos();
        while (true) {
            JsonPath status = given().when()
                    .get("/v1/batches/" + id)
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            if (state.equals(status.getString("state"))) {
                return status;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("batch job " + id + " is still " + status.getString("state") + " after "
                        + LIMIT + ": " + status.prettify());
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}

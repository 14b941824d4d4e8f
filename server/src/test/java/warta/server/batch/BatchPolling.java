package warta.server.batch;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** Submits batch jobs and polls a job's status until it reaches a state. */
final class BatchPolling {

    private static final Duration LIMIT = Duration.ofSeconds(60);

    private BatchPolling() {}

    /** Submits {@code articles} as a batch job, expecting 202; returns the job's id. */
    static String submit(List<Map<String, String>> articles) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("articles", articles))
                .when()
                .post("/v1/batches")
                .then()
                .statusCode(202)
                .extract()
                .jsonPath()
                .getString("id");
    }

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

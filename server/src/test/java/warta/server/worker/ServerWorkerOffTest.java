package warta.server.worker;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** By default the server runs no Kafka worker: nothing of Kafka is made, and no worker meters. */
@QuarkusTest
class ServerWorkerOffTest {

    @Inject
    ServerWorker server;

    @Test
    void should_run_no_worker_unless_switched_on() {
        String metrics = given().when()
                .get("/q/metrics")
                .then()
                .statusCode(200)
                .extract()
                .asString();

        assertThat(server.worker()).isEmpty();
        assertThat(metrics).doesNotContain("warta_worker_");
        assertThat(Thread.getAllStackTraces().keySet())
                .noneMatch(t -> t.getName().startsWith("warta-kafka-worker"));
        given().when()
                .get("/q/health/ready")
                .then()
                .body("checks.name", hasItem("kafka worker"))
                .body("checks.find { it.name == 'kafka worker' }.data.enabled", org.hamcrest.Matchers.is(false));
    }
}

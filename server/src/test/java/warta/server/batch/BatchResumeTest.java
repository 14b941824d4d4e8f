package warta.server.batch;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import warta.server.WartaServerConfig;
import warta.server.testing.TestModel;

/** A job that a previous server left running is finished by the next one, without redoing what was done. */
@QuarkusTest
@TestProfile(ResumedJobProfile.class)
class BatchResumeTest {

    @Inject
    WartaServerConfig config;

    @Test
    void should_resume_an_unfinished_job_at_start_up_without_redoing_finished_articles() throws Exception {
        String id = onlyJob();

        JsonPath status = BatchPolling.until(id, "done");

        assertThat(status.getInt("done")).isEqualTo(3);
        assertThat(status.getList("articles.id", String.class)).containsExactly("kereta", "banjir", "cabai");
        assertThat(TestModel.requests())
                .anyMatch(r -> r.contains("Banjir merendam"))
                .anyMatch(r -> r.contains("cabai rawit"))
                .noneMatch(r -> r.contains("Kereta cepat"));
        Path ledger = config.jobsDir().resolve(id).resolve("out/.warta/ledger.jsonl");
        assertThat(Files.readAllLines(ledger))
                .filteredOn(line -> line.contains("\"id\":\"kereta\""))
                .hasSize(1);
        List<String> results = given().when()
                .get("/v1/batches/" + id + "/results")
                .then()
                .statusCode(200)
                .extract()
                .asString()
                .lines()
                .toList();
        assertThat(results).hasSize(3);
        assertThat(results.get(0)).startsWith("{\"id\":\"kereta\"");
    }

    private String onlyJob() throws Exception {
        try (Stream<Path> jobs = Files.list(config.jobsDir())) {
            List<String> ids = jobs.map(p -> p.getFileName().toString()).toList();
            assertThat(ids).hasSize(1);
            return ids.get(0);
        }
    }
}

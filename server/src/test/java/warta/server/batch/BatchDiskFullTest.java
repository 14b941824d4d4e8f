package warta.server.batch;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import warta.core.testing.FakeModel;
import warta.server.WartaServerConfig;
import warta.server.problem.Problem;
import warta.server.testing.TestModel;

/** Jobs on a disk that fills up: failed with one clear reason, 507 while full, taken up again once there is room. */
@QuarkusTest
@TestProfile(FullDiskProfile.class)
class BatchDiskFullTest {

    private static final List<Map<String, String>> THREE = List.of(
            Map.of(
                    "id",
                    "banjir",
                    "text",
                    "Banjir merendam 120 rumah di Kelurahan Cipinang pada Senin pagi. Warga mengungsi ke masjid.\n\n"
                            + "Petugas mengerahkan 4 perahu karet untuk mengevakuasi lansia."),
            Map.of(
                    "id",
                    "cabai",
                    "text",
                    "Harga cabai rawit naik menjadi Rp80.000 per kilogram menjelang Ramadan.\n\n"
                            + "Pedagang menyebut pasokan dari petani berkurang karena hujan deras."),
            Map.of(
                    "id",
                    "kereta",
                    "text",
                    "Kereta cepat mengangkut 18.000 penumpang pada akhir pekan lalu.\n\n"
                            + "Operator menambah 6 perjalanan pada jam sibuk untuk mengurangi antrean."));

    @Inject
    WartaServerConfig config;

    @AfterEach
    void reset() {
        TestModel.reset();
        FullDiskJobs.DISK.free();
    }

    @Test
    void should_fail_the_job_with_one_clear_reason_answer_507_while_full_and_finish_it_once_there_is_room() {
        AtomicBoolean fill = new AtomicBoolean(true);
        TestModel.answer(FakeModel.answering(request -> {
            if (fill.getAndSet(false)) {
                FullDiskJobs.DISK.fill();
            }
            return TestModel.faithful(request);
        }));
        String id = BatchPolling.submit(THREE);

        JsonPath failed = BatchPolling.until(id, "failed");

        assertThat(failed.getString("error")).isEqualTo("no space left on device writing the job's folder");
        assertThat(failed.getInt("failed")).isZero();
        assertThat(failed.getInt("pending")).isEqualTo(3);
        assertThat(failed.getList("articles.reason")).containsOnlyNulls();
        assertThat(failed.prettify())
                .doesNotContain(config.jobsDir().toString())
                .doesNotContain("java.")
                .doesNotContain("Exception");

        given().contentType(ContentType.JSON)
                .body(Map.of("articles", THREE.subList(0, 1)))
                .when()
                .post("/v1/batches")
                .then()
                .statusCode(507)
                .contentType(Problem.MEDIA_TYPE)
                .body("title", is("Insufficient Storage"))
                .body("detail", is("no space left on device on the server: try again once space is freed"));

        FullDiskJobs.DISK.free();
        String next = BatchPolling.submit(THREE.subList(0, 1));

        assertThat(BatchPolling.until(id, "done").getInt("done")).isEqualTo(3);
        assertThat(BatchPolling.until(next, "done").getInt("done")).isEqualTo(1);
        assertThat(given().when()
                        .get("/v1/batches/" + id + "/results")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString()
                        .lines())
                .hasSize(3);
    }
}

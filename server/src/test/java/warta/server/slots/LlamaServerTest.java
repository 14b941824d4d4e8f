package warta.server.slots;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import warta.server.testing.LlamaStandIn;
import warta.server.testing.LlamaStandIn.Call;

/**
 * The server's path of issue 17's "done when": against a stand-in that behaves like llama-server
 * (context per slot, {@code /props}, {@code /tokenize}, silent truncation), {@code POST /v1/articles}
 * and a batch job send no request past the slot's context, every summary request carries a JSON
 * schema, at most the slots' requests are in flight, and readiness answers while every slot is busy.
 */
@QuarkusTest
@TestProfile(LlamaServerProfile.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LlamaServerTest {

    private static final LlamaStandIn SERVER = LlamaServerProfile.SERVER;
    private static final String CHECK = "checks.find { it.name == 'model provider' }";

    private static final String[] SENTENCES = {
        "Pemerintah Kota Surabaya mengalokasikan anggaran Rp %d miliar untuk perbaikan saluran air.",
        "Kepala dinas mengatakan pekerjaan di %d kelurahan dimulai setelah musim hujan berakhir.",
        "Sebanyak %d warga di bantaran sungai dijanjikan tempat tinggal baru sebelum akhir tahun.",
        "Anggota dewan meminta pemerintah membuka data pengadaan lahan kepada publik secara berkala.",
        "Para pedagang pasar mengeluhkan genangan air yang mengganggu kegiatan jual beli mereka.",
        "Wali kota menyatakan koordinasi dengan pemerintah pusat terus dilakukan setiap pekan.",
    };

    @TestHTTPResource("/v1/articles")
    URI articles;

    @TestHTTPResource("/q/health/ready")
    URI readiness;

    /** About 2,000 o200k tokens of Indonesian news in 16 paragraphs: several chunks at 4,096 tokens a slot. */
    static String article(String city) {
        List<String> paragraphs = new ArrayList<>();
        for (int p = 0; p < 16; p++) {
            StringBuilder paragraph = new StringBuilder();
            for (int s = 0; s < 4; s++) {
                int i = (p * 4 + s) % SENTENCES.length;
                paragraph
                        .append(paragraph.isEmpty() ? "" : " ")
                        .append(String.format(SENTENCES[i], 100 + p * 13 + s).replace("Surabaya", city))
                        .append(" Hal itu disampaikan pada rapat ke-")
                        .append(p * 4 + s + 1)
                        .append('.');
            }
            paragraphs.add(paragraph.toString());
        }
        return "Saluran air " + city + " diperbaiki\n\n" + String.join("\n\n", paragraphs) + "\n";
    }

    @Test
    @Order(1)
    void should_answer_readiness_at_once_while_every_slot_is_busy() throws Exception {
        given().contentType("text/plain; charset=UTF-8") // loads what the inspection check needs
                .body(article("Kediri"))
                .when()
                .post("/v1/inspect")
                .then()
                .statusCode(200);
        HttpClient client = HttpClient.newHttpClient();
        List<CompletableFuture<HttpResponse<String>>> posts = new ArrayList<>();
        SERVER.hold();
        try {
            for (String city : List.of("Malang", "Kediri", "Blitar")) {
                posts.add(client.sendAsync(
                        HttpRequest.newBuilder(articles)
                                .header("Content-Type", "text/plain; charset=UTF-8")
                                .POST(HttpRequest.BodyPublishers.ofString(article(city)))
                                .build(),
                        HttpResponse.BodyHandlers.ofString()));
            }
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (SERVER.inFlight() < LlamaServerProfile.SLOTS && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertThat(SERVER.inFlight()).as("every slot busy").isEqualTo(LlamaServerProfile.SLOTS);
            int probes = SERVER.modelsCalls();

            long start = System.nanoTime();
            HttpResponse<String> ready = client.send( // fails, rather than hangs, if it waited behind the slots
                    HttpRequest.newBuilder(readiness)
                            .timeout(Duration.ofSeconds(8))
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertThat(ready.statusCode()).as(ready.body()).isEqualTo(200);
            JsonPath check = JsonPath.from(ready.body());
            assertThat(check.getString(CHECK + ".status")).isEqualTo("UP");
            assertThat(check.getBoolean(CHECK + ".data.checked")).isTrue();
            System.out.println("readiness with every slot busy: " + millis + " ms");

            assertThat(SERVER.modelsCalls()).as("the probe reached the server").isEqualTo(probes + 1);
            assertThat(SERVER.inFlight())
                    .as("answered while the slots were held (they are held until the test lets them go)")
                    .isEqualTo(LlamaServerProfile.SLOTS);
        } finally {
            SERVER.release();
        }
        for (CompletableFuture<HttpResponse<String>> post : posts) {
            assertThat(post.get(60, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
        }
        assertThat(SERVER.maxOpen()).as("no request waits behind the slots").isLessThanOrEqualTo(2);
    }

    @Test
    @Order(2)
    void should_send_no_request_past_the_slot_and_a_schema_with_every_summary() {
        int before = SERVER.calls().size();

        given().contentType("text/plain; charset=UTF-8")
                .body(article("Surabaya"))
                .when()
                .post("/v1/articles")
                .then()
                .statusCode(200)
                .body("translation.paragraphs", hasSize(16))
                .body("summary", notNullValue())
                .body("checks.incomplete", hasSize(0));

        List<Call> calls = SERVER.calls().subList(before, SERVER.calls().size());
        assertFits(calls);
        assertThat(calls.stream().filter(c -> !c.summary()).count())
                .as("the article is translated in several chunks")
                .isGreaterThan(1);
        assertThat(SERVER.propsCalls()).as("asked once").isEqualTo(1);
    }

    @Test
    @Order(3)
    void should_run_a_batch_job_within_the_slots_context() {
        int before = SERVER.calls().size();
        String id = given().contentType(ContentType.JSON)
                .body(Map.of(
                        "articles",
                        List.of(
                                Map.of("text", article("Madiun"), "id", "madiun"),
                                Map.of("text", article("Jember"), "id", "jember"),
                                Map.of("text", article("Kudus"), "id", "kudus"),
                                Map.of("text", article("Tegal"), "id", "tegal"))))
                .when()
                .post("/v1/batches")
                .then()
                .statusCode(202)
                .extract()
                .jsonPath()
                .getString("id");
        JsonPath done = until(id, "done");
        assertThat(done.getInt("failed")).as(done.prettify()).isZero();

        assertFits(SERVER.calls().subList(before, SERVER.calls().size()));
        assertThat(SERVER.maxOpen()).as("jobs keep within the slots too").isLessThanOrEqualTo(2);
    }

    private static void assertFits(List<Call> calls) {
        assertThat(calls).isNotEmpty();
        assertThat(calls).as("no prompt cut by the server").noneMatch(Call::truncated);
        assertThat(calls).as("no prompt and max_tokens past the slot").noneMatch(Call::overflows);
        assertThat(calls.stream().filter(Call::summary).toList())
                .as("summary requests, each with a JSON schema")
                .isNotEmpty()
                .allMatch(Call::jsonSchema);
    }

    private static JsonPath until(String id, String state) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (true) {
            JsonPath status = given().when()
                    .get("/v1/batches/" + id)
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            if (state.equals(status.getString("state")) || System.nanoTime() > deadline) {
                assertThat(status.getString("state")).as(status.prettify()).isEqualTo(state);
                return status;
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

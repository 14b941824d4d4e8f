package warta.core.digest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import warta.core.Warta;
import warta.core.batch.BatchListener;
import warta.core.batch.BatchOptions;
import warta.core.batch.BatchRunner;
import warta.core.model.ModelConfig;
import warta.core.model.Provider;
import warta.core.process.Task;
import warta.core.testing.FakeDigest;

/** A digest of a batch output folder whose articles came from web addresses, or whose sources changed since. */
class BatchOutputReuseTest {

    private static final ModelConfig CONFIG = ModelConfig.builder()
            .provider(Provider.OPENAI)
            .model("fake")
            .baseUrl("http://127.0.0.1:1/v1")
            .build();

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private final Map<String, String> pages = new ConcurrentHashMap<>();
    private HttpServer server;
    private String base;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", ex -> {
            String page = pages.get(ex.getRequestURI().getPath());
            byte[] body = (page == null ? "tidak ada" : page).getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().add("Content-Type", "text/plain; charset=utf-8");
            ex.sendResponseHeaders(page == null ? 404 : 200, body.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        base = "http://localhost:" + server.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private static Warta warta() {
        return Warta.builder(CONFIG)
                .models((c, inner, files) -> inner.apply(FakeDigest.model()))
                .build();
    }

    private void batch(Warta warta, Path out, Set<Task> tasks, String... sources) {
        try (BatchRunner runner = warta.batch(new BatchOptions(out, tasks, false, false, false, 1))) {
            runner.run(warta.items(List.of(sources), InputStream.nullInputStream()), BatchListener.NONE, () -> false);
        }
    }

    @Test
    void should_keep_articles_fetched_from_web_addresses_under_the_ids_the_batch_gave_them() throws Exception {
        pages.put("/banjir", DigestFixtures.FLOOD_ANTARA);
        pages.put("/gempa", DigestFixtures.QUAKE);
        Path lines = dir.resolve("masuk.jsonl");
        Files.writeString(
                lines,
                "{\"id\":\"1\",\"url\":\"" + base + "/banjir\"}\n{\"id\":\"2\",\"url\":\"" + base + "/gempa\"}\n");
        Path out = dir.resolve("hasil");
        try (Warta warta = warta()) {
            batch(warta, out, EnumSet.of(Task.TRANSLATE, Task.SUMMARIZE), lines.toString());

            DigestInput input = warta.digestInput(out);

            assertThat(input.problems()).isEmpty();
            assertThat(input.ids()).containsExactlyInAnyOrder("1", "2");
            assertThat(input.reused()).isEqualTo(2);

            pages.remove("/gempa"); // the page is gone: named, not silently dropped
            DigestInput left = warta.digestInput(out);
            assertThat(left.ids()).containsExactly("1");
            assertThat(left.problems())
                    .singleElement()
                    .asString()
                    .startsWith("2: ")
                    .contains("404");
        }
    }

    @Test
    void should_not_reuse_a_summary_whose_citations_the_changed_source_no_longer_has() throws Exception {
        Path in = Files.createDirectories(dir.resolve("masuk"));
        Files.writeString(in.resolve("banjir.txt"), DigestFixtures.FLOOD_ANTARA);
        Path out = dir.resolve("hasil");
        try (Warta warta = warta()) {
            batch(warta, out, EnumSet.of(Task.SUMMARIZE), in.toString());
            citeSentence(out.resolve("banjir.json"), 5); // as a model citing the last sentence would
            assertThat(warta.digestInput(out).articles().getFirst().summary()).isNotNull();

            // same title, one sentence left: the summary's citation of sentence 5 points at nothing
            Files.writeString(in.resolve("banjir.txt"), """
                    Banjir Rendam Ribuan Rumah di Bekasi
                    Antara • 5 Maret 2024 10:00
                    Bekasi (ANTARA) - Banjir merendam 1.200 rumah warga di Kecamatan Bekasi Timur pada Senin (4/3/2024).
                    """);
            DigestInput input = warta.digestInput(out);

            assertThat(input.ids()).containsExactly("banjir");
            assertThat(input.articles().getFirst().summary()).isNull();
            assertThat(input.reused()).isZero();
        }
    }

    /** Makes the first summary sentence of a result file cite {@code sentence}. */
    private static void citeSentence(Path result, int sentence) throws IOException {
        ObjectNode json = (ObjectNode) JSON.readTree(result.toFile());
        ((ObjectNode) json.path("summary").path("summarySentences").get(0))
                .set("sources", JSON.createArrayNode().add(sentence));
        JSON.writeValue(result.toFile(), json);
    }

    @Test
    void should_not_reuse_a_translation_or_summary_when_the_source_has_another_title() throws Exception {
        Path in = Files.createDirectories(dir.resolve("masuk"));
        Files.writeString(in.resolve("berita.txt"), DigestFixtures.QUAKE);
        Path out = dir.resolve("hasil");
        try (Warta warta = warta()) {
            batch(warta, out, EnumSet.of(Task.TRANSLATE, Task.SUMMARIZE), in.toString());
            assertThat(warta.digestInput(out).reused()).isEqualTo(1);

            Files.writeString(in.resolve("berita.txt"), DigestFixtures.FAIR); // one paragraph, as before
            DigestArticle article = warta.digestInput(out).articles().getFirst();

            assertThat(article.translation()).isNull();
            assertThat(article.summary()).isNull();
        }
    }

    @Test
    void should_read_only_the_results_and_sources_of_the_ids_asked_for() throws Exception {
        Path in = Files.createDirectories(dir.resolve("masuk"));
        Files.writeString(in.resolve("banjir.txt"), DigestFixtures.FLOOD_ANTARA);
        Files.writeString(in.resolve("gempa.txt"), DigestFixtures.QUAKE);
        Path out = dir.resolve("hasil");
        try (Warta warta = warta()) {
            batch(warta, out, EnumSet.of(Task.TRANSLATE, Task.SUMMARIZE), in.toString());
            // another article's result and source broken: not read, so no problem of theirs
            Files.writeString(out.resolve("gempa.json"), "{rusak");
            Files.delete(in.resolve("gempa.txt"));

            DigestInput input = warta.digestInput(out, List.of("banjir"));

            assertThat(input.ids()).containsExactly("banjir");
            assertThat(input.reused()).isEqualTo(1);
            assertThat(input.problems()).isEmpty();
            assertThat(warta.digestInput(out).problems())
                    .as("the whole folder does meet them")
                    .isNotEmpty();
        }
    }
}

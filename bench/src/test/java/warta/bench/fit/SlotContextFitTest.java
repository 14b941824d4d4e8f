package warta.bench.fit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import warta.bench.sim.ContextStats;
import warta.bench.sim.SimulatedModelServer;
import warta.core.Warta;
import warta.core.article.Article;
import warta.core.article.Source;
import warta.core.batch.BatchListener;
import warta.core.batch.BatchOptions;
import warta.core.batch.BatchReport;
import warta.core.batch.BatchRunner;
import warta.core.chunk.TokenCounters;
import warta.core.model.ModelConfigResolver;
import warta.core.process.ProcessListener;
import warta.core.process.Task;
import warta.core.result.ArticleResult;

/**
 * End to end: {@code process} of a long Indonesian article against a stand-in that behaves like
 * {@code llama-server -c 8192 -np 2} (4,096 tokens per slot, a tokenizer coarser than o200k, silent
 * truncation), with the settings resolved as the CLI resolves them. Warta asks the server, so no
 * request is cut or runs past its slot; an engine that does not ask (the old behaviour) is shown to
 * overrun the same server, so the stand-in would catch a regression.
 */
class SlotContextFitTest {

    private static final String[] SENTENCES = {
        "Pemerintah Provinsi DKI Jakarta mengalokasikan anggaran Rp %d miliar untuk proyek pengendalian banjir.",
        "Kepala dinas mengatakan pekerjaan di %d kelurahan akan dimulai setelah musim hujan berakhir.",
        "Sebanyak %d warga yang tinggal di bantaran sungai dijanjikan ganti rugi sebelum akhir tahun.",
        "Anggota dewan meminta pemerintah membuka data pengadaan lahan kepada publik secara berkala.",
        "Menurut catatan badan meteorologi, curah hujan tahun ini mencapai %d milimeter di wilayah utara.",
        "Para pedagang pasar tradisional mengeluhkan genangan air yang mengganggu kegiatan jual beli mereka.",
        "Wali kota menyatakan koordinasi dengan pemerintah pusat terus dilakukan setiap pekan.",
        "Organisasi lingkungan menilai pembangunan tanggul harus disertai penanaman kembali hutan bakau.",
    };

    @TempDir
    Path dir;

    private final SimulatedModelServer server = SimulatedModelServer.builder()
            .llamaServer(4096, 2)
            .latencyPerRequest(java.time.Duration.ofMillis(30))
            .start();

    @AfterEach
    void close() {
        server.close();
    }

    /** About 3,000 o200k tokens of Indonesian news in 24 paragraphs, every sentence its own. */
    static String article() {
        List<String> paragraphs = new ArrayList<>();
        for (int p = 0; p < 24; p++) {
            StringBuilder paragraph = new StringBuilder();
            for (int s = 0; s < 4; s++) {
                int i = (p * 4 + s) % SENTENCES.length;
                paragraph
                        .append(paragraph.isEmpty() ? "" : " ")
                        .append(String.format(SENTENCES[i], 100 + p * 13 + s))
                        .append(" Hal itu disampaikan pada pertemuan ke-")
                        .append(p * 4 + s + 1)
                        .append('.');
            }
            paragraphs.add(paragraph.toString());
        }
        return "Banjir Jakarta: proyek tanggul dimulai\n\n" + String.join("\n\n", paragraphs) + "\n";
    }

    private Warta warta(boolean learn) {
        ModelConfigResolver.Resolved resolved = new ModelConfigResolver(Map.of(), dir.resolve("none.properties"))
                .explain(Map.of("provider", "openai", "base-url", server.baseUrl(), "model", "simulated"));
        Warta.Builder builder = Warta.builder(resolved.config());
        if (learn) {
            builder.learnServerLimits(resolved.explicitKeys());
        }
        return builder.build();
    }

    private ArticleResult process(Warta warta) throws IOException {
        Path file = dir.resolve("artikel.txt");
        Files.writeString(file, article());
        return warta.process(
                file.toString(),
                new ByteArrayInputStream(new byte[0]),
                EnumSet.of(Task.TRANSLATE, Task.SUMMARIZE),
                ProcessListener.NONE);
    }

    @Test
    void should_send_no_request_the_server_would_cut_or_overrun() throws IOException {
        assertThat(TokenCounters.o200k().count(article())).isGreaterThan(2500);

        ArticleResult result;
        try (Warta warta = warta(true)) {
            result = process(warta);
            assertThat(warta.effectiveConfig().contextTokens()).isEqualTo(4096);
            assertThat(warta.effectiveConfig().concurrency()).isEqualTo(2);
        }

        ContextStats stats = server.contextStats();
        System.out.println("asked: " + stats + " requests=" + result.usage().requests());
        assertThat(stats.truncatedPrompts()).as(stats.toString()).isZero();
        assertThat(stats.contextOverflows()).as(stats.toString()).isZero();
        assertThat(stats.largestRequest()).isLessThanOrEqualTo(4096);
        assertThat(stats.propsCalls()).isEqualTo(1);
        assertThat(result.translation().paragraphs()).hasSize(24).allMatch(p -> !p.isBlank());
        assertThat(result.summary()).isNotNull();
        assertThat(result.checks().passed()).as(result.checks().toString()).isTrue();
        assertThat(result.usage().requests()).isGreaterThan(2);
    }

    @Test
    void should_run_a_batch_within_the_slots_and_their_context() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("a.txt"), article());
        Files.writeString(in.resolve("b.txt"), article().replace("Jakarta", "Surabaya"));
        BatchReport report;
        try (Warta warta = warta(true);
                BatchRunner runner = warta.batch(new BatchOptions(
                        dir.resolve("out"),
                        EnumSet.of(Task.TRANSLATE, Task.SUMMARIZE),
                        false,
                        false,
                        false,
                        warta.effectiveConfig().concurrency()))) {
            report = runner.run(
                    warta.items(List.of(in.toString()), new ByteArrayInputStream(new byte[0])),
                    BatchListener.NONE,
                    () -> false);
        }

        ContextStats stats = server.contextStats();
        assertThat(report.failures()).isEmpty();
        assertThat(report.processed()).isEqualTo(2);
        assertThat(stats.truncatedPrompts()).as(stats.toString()).isZero();
        assertThat(stats.contextOverflows()).as(stats.toString()).isZero();
        assertThat(server.stats().maxConcurrent())
                .as("no request waits behind the slots")
                .isLessThanOrEqualTo(2);
    }

    @Test
    void should_keep_the_servers_requests_within_the_slots() throws Exception {
        ModelConfigResolver.Resolved resolved = new ModelConfigResolver(Map.of(), dir.resolve("none.properties"))
                .explain(Map.of("provider", "openai", "base-url", server.baseUrl(), "model", "simulated"));
        List<CompletableFuture<ArticleResult>> results = new ArrayList<>();
        try (Warta warta = Warta.builder(resolved.config())
                .learnServerLimits(resolved.explicitKeys())
                .queue(4, 8, Duration.ofMinutes(2))
                .build()) {
            for (int i = 0; i < 4; i++) {
                results.add(warta.submit(
                        Article.text(Source.file("a" + i + ".txt"), article().replace("Jakarta", "Kota " + i)),
                        "a" + i,
                        EnumSet.of(Task.TRANSLATE),
                        ProcessListener.NONE));
            }
            for (CompletableFuture<ArticleResult> result : results) {
                assertThat(result.get(2, TimeUnit.MINUTES).translation().paragraphs())
                        .hasSize(24);
            }
        }

        assertThat(server.stats().maxConcurrent()).as("four workers, two slots").isLessThanOrEqualTo(2);
        assertThat(server.contextStats().truncatedPrompts()).isZero();
        assertThat(server.contextStats().contextOverflows()).isZero();
    }

    @Test
    void should_overrun_the_same_server_when_it_is_not_asked() throws IOException {
        try (Warta warta = warta(false)) {
            process(warta);
        }

        ContextStats stats = server.contextStats();
        System.out.println("not asked: " + stats);
        assertThat(stats.truncatedPrompts() + stats.contextOverflows()).isPositive();
        assertThat(stats.propsCalls()).isZero();
    }
}

package warta.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import warta.bench.sim.SimulatedModelServer;

/**
 * A batch killed with SIGKILL in the middle of its work, then run again: every article ends up
 * done exactly once, no result file is half-written, and the finished articles cost no request.
 * The batch runs in a child JVM (the real {@code warta} main) against the simulated server.
 */
class BatchCrashTest {

    private static final int ARTICLES = 12;

    @TempDir
    Path dir;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void should_finish_the_work_after_a_kill_without_redoing_finished_articles() throws Exception {
        Path in = articles();
        Path out = dir.resolve("hasil");
        try (SimulatedModelServer server = SimulatedModelServer.builder()
                .latencyPerRequest(Duration.ofMillis(150))
                .start()) {
            Process first = batch(server, in, out);
            waitForResults(out, 3, first);
            first.destroyForcibly();
            assertThat(first.waitFor(20, TimeUnit.SECONDS)).isTrue();
            long requestsBeforeRerun = server.stats().requests();
            int doneBeforeRerun = doneInLedger(out);
            assertEveryVisibleFileIsWhole(out);

            Process second = batch(server, in, out);
            assertThat(second.waitFor(120, TimeUnit.SECONDS)).isTrue();
            String log = new String(second.getInputStream().readAllBytes());

            assertThat(second.exitValue()).as(log).isZero();
            assertThat(log).contains(doneBeforeRerun + " unchanged");
            long rerunRequests = server.stats().requests() - requestsBeforeRerun;
            assertThat(rerunRequests)
                    .as("only the articles not finished before the kill are asked for")
                    .isLessThanOrEqualTo(2L * (ARTICLES - doneBeforeRerun));
            List<JsonNode> index = lines(out.resolve("index.jsonl"));
            assertThat(index)
                    .hasSize(ARTICLES)
                    .allMatch(n -> n.get("status").asText().equals("done"));
            assertEveryVisibleFileIsWhole(out);
            try (Stream<Path> results = Files.list(out)) {
                assertThat(results.filter(p -> p.toString().endsWith(".json"))).hasSize(ARTICLES);
            }
        }
    }

    @Test
    void should_pick_up_new_articles_when_watching_and_stop_cleanly_on_a_signal() throws Exception {
        Path in = articles();
        Path out = dir.resolve("hasil");
        try (SimulatedModelServer server = SimulatedModelServer.builder()
                .latencyPerRequest(Duration.ofMillis(20))
                .start()) {
            Process watching = batch(server, in, out, "--watch", "1");
            waitForResults(out, ARTICLES, watching);
            Files.writeString(
                    in.resolve("berita-baru.txt"),
                    "Pemerintah kota membuka taman baru seluas 2 hektare pada Sabtu. "
                            + "Taman itu dilengkapi jalur sepeda dan lapangan bermain.\n\nWarga menyambut taman itu dengan gembira.");
            waitForFile(out.resolve("berita-baru.json"), watching);

            watching.destroy();
            assertThat(watching.waitFor(30, TimeUnit.SECONDS)).isTrue();

            List<JsonNode> index = lines(out.resolve("index.jsonl"));
            assertThat(index)
                    .hasSize(ARTICLES + 1)
                    .allMatch(n -> n.get("status").asText().equals("done"));
            for (String line : Files.readAllLines(out.resolve(".warta/ledger.jsonl"))) {
                assertThat(json.readTree(line).get("id"))
                        .as("every ledger line is whole")
                        .isNotNull();
            }
        }
    }

    @Test
    void should_stop_within_seconds_on_sigterm_with_requests_in_flight_and_leave_its_files_whole() throws Exception {
        Path in = articles();
        Path out = dir.resolve("hasil");
        try (SimulatedModelServer server = SimulatedModelServer.builder()
                .latencyPerRequest(Duration.ofSeconds(30))
                .start()) {
            Path logFile = dir.resolve("batch.log");
            Process batch =
                    builder(server, in, out).redirectOutput(logFile.toFile()).start();
            waitForRequests(server, 2, batch);

            long sent = System.nanoTime();
            batch.destroy(); // SIGTERM
            boolean ended = batch.waitFor(10, TimeUnit.SECONDS);
            Duration took = Duration.ofNanos(System.nanoTime() - sent);
            if (!ended) {
                batch.destroyForcibly().waitFor();
            }
            String log = Files.readString(logFile);

            assertThat(ended)
                    .as("the batch ended within 10 s of SIGTERM: " + log)
                    .isTrue();
            assertThat(took).as(log).isLessThan(Duration.ofSeconds(5));
            assertThat(log).contains("batch stopped").contains("not attempted");
            assertThat(out.resolve("index.jsonl")).exists();
            lines(out.resolve("index.jsonl"));
            Path ledger = out.resolve(".warta/ledger.jsonl");
            if (Files.exists(ledger)) {
                for (String line : Files.readAllLines(ledger)) {
                    assertThat(json.readTree(line).get("id"))
                            .as("every ledger line is whole")
                            .isNotNull();
                }
            }
            assertEveryVisibleFileIsWhole(out);
        }
    }

    private static void waitForRequests(SimulatedModelServer server, int count, Process process)
            throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline && process.isAlive()) {
            if (server.stats().requests() >= count) {
                return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the batch sent no requests in time");
    }

    private static void waitForFile(Path file, Process process) throws InterruptedException, IOException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline && process.isAlive()) {
            if (Files.exists(file)) {
                return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no " + file + " in time: "
                + new String(process.getInputStream().readAllBytes()));
    }

    private Process batch(SimulatedModelServer server, Path in, Path out, String... more) throws IOException {
        return builder(server, in, out, more).start();
    }

    private ProcessBuilder builder(SimulatedModelServer server, Path in, Path out, String... more) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                "warta.cli.Main",
                "batch",
                in.toString(),
                "--out",
                out.toString(),
                "--provider",
                "openai",
                "--base-url",
                server.baseUrl(),
                "--model",
                SimulatedModelServer.MODEL,
                "--concurrency",
                "2"));
        command.addAll(List.of(more));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("XDG_CONFIG_HOME", dir.resolve("config").toString());
        builder.environment().put("XDG_CACHE_HOME", dir.resolve("cache").toString());
        builder.environment().keySet().removeIf(key -> key.startsWith("WARTA_") || key.equals("OPENAI_API_KEY"));
        return builder;
    }

    private Path articles() throws IOException {
        Path in = Files.createDirectories(dir.resolve("masuk"));
        for (int i = 1; i <= ARTICLES; i++) {
            Files.writeString(
                    in.resolve("berita-" + i + ".txt"),
                    "Pemerintah daerah " + i + " menyiapkan anggaran Rp" + i
                            + " miliar untuk memperbaiki jalan desa. Pekerjaan dimulai bulan depan.\n\n"
                            + "Warga di kecamatan nomor " + (i * 7) + " menyambut rencana itu dengan gembira. "
                            + "Mereka berharap jalan selesai sebelum musim hujan tiba.");
        }
        return in;
    }

    private static void waitForResults(Path out, int count, Process process) throws InterruptedException, IOException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline && process.isAlive()) {
            if (Files.isDirectory(out)) {
                try (Stream<Path> files = Files.list(out)) {
                    if (files.filter(p -> p.getFileName().toString().matches("berita-\\d+\\.json"))
                                    .count()
                            >= count) {
                        return;
                    }
                }
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the batch wrote no results in time: "
                + new String(process.getInputStream().readAllBytes()));
    }

    private int doneInLedger(Path out) throws IOException {
        Path ledger = out.resolve(".warta/ledger.jsonl");
        if (!Files.exists(ledger)) {
            return 0;
        }
        int done = 0;
        for (String line : Files.readAllLines(ledger)) {
            try {
                if (json.readTree(line).path("status").asText().equals("done")) {
                    done++;
                }
            } catch (IOException tornByTheKill) {
                // the last line may be cut short: the next run drops it
            }
        }
        return done;
    }

    private void assertEveryVisibleFileIsWhole(Path out) throws IOException {
        try (Stream<Path> files = Files.list(out)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".json")).toList()) {
                assertThat(json.readTree(file.toFile()).get("id"))
                        .as(file.toString())
                        .isNotNull();
            }
        }
    }

    private List<JsonNode> lines(Path file) throws IOException {
        List<JsonNode> nodes = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            nodes.add(json.readTree(line));
        }
        return nodes;
    }
}

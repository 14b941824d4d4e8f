package warta.core.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.langchain4j.model.chat.ChatModel;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import warta.core.article.Article;
import warta.core.article.Source;
import warta.core.batch.source.BatchItem;
import warta.core.error.DiskFullException;
import warta.core.glossary.Glossary;
import warta.core.model.ModelConfig;
import warta.core.model.Provider;
import warta.core.process.ArticleProcessor;
import warta.core.process.Task;
import warta.core.prompt.PromptLibrary;
import warta.core.testing.FakeModel;
import warta.core.testing.FullDisk;

/** A batch whose disk fills up: it stops cleanly, tears no file, says what it did not do, and a rerun finishes. */
class BatchRunnerDiskFullTest {

    @TempDir
    Path dir;

    private final FullDisk disk = FullDisk.create();
    private final ObjectMapper json = new ObjectMapper();
    private final ModelConfig config = ModelConfig.builder()
            .provider(Provider.OPENAI)
            .model("fake")
            .baseUrl("http://127.0.0.1:1/v1")
            .concurrency(1)
            .build();

    private Path out() {
        return disk.path(dir.resolve("out"));
    }

    private BatchRunner runner(ChatModel model) {
        BatchOptions options = new BatchOptions(out(), EnumSet.allOf(Task.class), true, false, false, 1);
        return BatchRunner.open(
                options,
                config,
                model,
                m -> new ArticleProcessor(m, config, PromptLibrary.builtIn(), Glossary.builtIn(), 1000));
    }

    private static Stream<BatchItem> items() {
        Map<String, String> articles = BatchRunnerTest.ARTICLES;
        return articles.keySet().stream().sorted().map(id -> {
            Source source = Source.file(id + ".txt");
            return new BatchItem(id, source, () -> Article.text(source, articles.get(id)));
        });
    }

    private BatchReport run(ChatModel model, BatchListener listener) {
        try (BatchRunner runner = runner(model)) {
            return runner.run(items(), listener, () -> false);
        }
    }

    @Test
    void should_stop_taking_articles_when_the_disk_fills_and_count_those_not_attempted() throws Exception {
        // banjir is finished first; the disk fills up as the next article is read
        CountDownLatch banjirDone = new CountDownLatch(1);
        BatchListener listener = new BatchListener() {
            @Override
            public void finished(ItemOutcome outcome) {
                if (outcome.id().equals("banjir")) {
                    banjirDone.countDown();
                }
            }
        };
        Stream<BatchItem> items = items().map(item -> item.id().equals("banjir")
                ? item
                : new BatchItem(item.id(), item.source(), () -> {
                    await(banjirDone);
                    disk.fill();
                    return item.load();
                }));

        BatchReport report;
        try (BatchRunner runner = runner(BatchRunnerTest.model())) {
            report = runner.run(items, listener, () -> false);
        }

        assertThat(report.stopped()).as(report.toString()).isTrue();
        assertThat(report.stoppedBy())
                .isInstanceOf(DiskFullException.class)
                .hasMessage("no space left on device writing " + dir.resolve("out"));
        assertThat(report.interrupted()).as(report.toString()).isTrue();
        assertThat(report.processed()).isEqualTo(1);
        assertThat(report.failed()).isZero();
        assertThat(report.notAttempted()).isEqualTo(2);
        assertThat(ledgerLines())
                .singleElement()
                .satisfies(line -> assertThat(line).contains("\"id\":\"banjir\"", "\"status\":\"done\""));
        assertThat(dir.resolve("out/cabai.json")).doesNotExist();
        assertThat(dir.resolve("out/index.jsonl")).doesNotExist();
        assertNothingTorn();
    }

    @Test
    void should_finish_the_rest_on_a_rerun_once_there_is_space_again() throws Exception {
        should_stop_taking_articles_when_the_disk_fills_and_count_those_not_attempted();
        disk.free();
        FakeModel model = BatchRunnerTest.model();

        BatchReport report = run(model, BatchListener.NONE);

        assertThat(report.stopped()).isFalse();
        assertThat(report.unchanged()).isEqualTo(1);
        assertThat(report.processed()).isEqualTo(2);
        assertThat(model.requests()).noneMatch(r -> FakeModel.lastUser(r).contains("Banjir"));
        assertThat(ledgerLines()).hasSize(3).allMatch(line -> line.contains("\"status\":\"done\""));
        assertThat(Files.readAllLines(dir.resolve("out/index.jsonl"))).hasSize(3);
        assertNothingTorn();
    }

    @Test
    void should_tear_no_file_wherever_the_disk_fills_and_finish_every_article_on_the_rerun() throws Exception {
        long total = bytesOfAWholeRun();
        int cuts = 24;
        for (int k = 0; k < cuts; k++) {
            long room = total * k / cuts;
            deleteOut();
            disk.fillAfter(room);
            String at = "disk filled after " + room + " of " + total + " bytes";

            try {
                BatchReport stopped = run(BatchRunnerTest.model(), BatchListener.NONE);

                assertThat(stopped.stopped()).as(at).isTrue();
                assertThat(stopped.stoppedBy().getMessage()).as(at).startsWith("no space left on device writing ");
                assertThat(stopped.processed() + stopped.failed() + stopped.notAttempted())
                        .as(at)
                        .isEqualTo(3);
                assertThat(stopped.failed()).as(at).isZero();
            } catch (DiskFullException refused) {
                assertThat(refused.getMessage()).as(at).isEqualTo("no space left on device writing " + out());
            }
            assertNothingTorn();

            disk.free();
            BatchReport rerun = run(BatchRunnerTest.model(), BatchListener.NONE);

            assertThat(rerun.stopped()).as(at).isFalse();
            assertThat(rerun.processed() + rerun.unchanged()).as(at).isEqualTo(3);
            assertThat(ledgerLines()).as(at).hasSize(3).allMatch(line -> line.contains("\"status\":\"done\""));
            assertNothingTorn();
        }
    }

    @Test
    void should_refuse_to_open_on_a_full_disk_and_open_once_there_is_space() throws IOException {
        run(BatchRunnerTest.model(), BatchListener.NONE);
        Path ledger = dir.resolve("out/.warta/ledger.jsonl");
        String whole = Files.readString(ledger);
        Files.writeString(ledger, whole.substring(0, whole.length() - 1)); // a crash took the last line break
        disk.exceedQuotaAfter(0);

        assertThatThrownBy(() -> runner(BatchRunnerTest.model()))
                .isInstanceOf(DiskFullException.class)
                .hasMessage("disk quota exceeded writing " + dir.resolve("out"));

        disk.free();
        try (BatchRunner runner = runner(BatchRunnerTest.model())) {
            assertThat(runner.run(items(), BatchListener.NONE, () -> false).unchanged())
                    .isEqualTo(3);
        }
        assertThat(Files.readString(ledger)).isEqualTo(whole);
    }

    /** How many bytes a batch of the three articles writes from nothing to the end. */
    private long bytesOfAWholeRun() throws IOException {
        long plenty = 1L << 40;
        disk.fillAfter(plenty);
        BatchReport report = run(BatchRunnerTest.model(), BatchListener.NONE);
        assertThat(report.processed()).isEqualTo(3);
        long written = plenty - disk.room();
        disk.free();
        assertThat(written).isPositive();
        return written;
    }

    private List<String> ledgerLines() throws IOException {
        return Files.readAllLines(dir.resolve("out/.warta/ledger.jsonl"));
    }

    /** Every file of the folder is whole: no temporary file, append-only files end with a line break, JSON parses. */
    private void assertNothingTorn() throws IOException {
        if (!Files.exists(dir.resolve("out"))) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir.resolve("out"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String name = file.getFileName().toString();
                String text = Files.readString(file, StandardCharsets.UTF_8);
                assertThat(name).as(file.toString()).doesNotEndWith(".tmp");
                if (name.endsWith(".jsonl")) {
                    assertThat(text.isEmpty() || text.endsWith("\n"))
                            .as(file + ": " + text)
                            .isTrue();
                    for (String line : text.lines().toList()) {
                        JsonNode node = json.readTree(line);
                        assertThat(node.isObject()).as(file + ": " + line).isTrue();
                    }
                } else if (name.endsWith(".json")) {
                    assertThat(json.readTree(text).isObject())
                            .as(file.toString())
                            .isTrue();
                }
            }
        }
    }

    private void deleteOut() throws IOException {
        Path root = dir.resolve("out");
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(30, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}

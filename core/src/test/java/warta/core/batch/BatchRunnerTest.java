package warta.core.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.langchain4j.model.chat.ChatModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import warta.core.article.Article;
import warta.core.article.Source;
import warta.core.batch.source.BatchItem;
import warta.core.error.InputException;
import warta.core.error.ModelException;
import warta.core.glossary.Glossary;
import warta.core.model.ModelConfig;
import warta.core.model.Provider;
import warta.core.process.ArticleProcessor;
import warta.core.process.Task;
import warta.core.prompt.PromptLibrary;
import warta.core.testing.FakeEnglish;
import warta.core.testing.FakeModel;

class BatchRunnerTest {

    static final String SUMMARY = FakeEnglish.SUMMARY;
    static final Map<String, String> ARTICLES = Map.of(
            "banjir",
                    "Banjir merendam 120 rumah di Kelurahan Cipinang pada Senin pagi. Warga mengungsi ke masjid terdekat.\n\n"
                            + "Petugas pemadam kebakaran mengerahkan 4 perahu karet untuk mengevakuasi lansia dan anak-anak.",
            "cabai",
                    "Harga cabai rawit di pasar tradisional naik menjadi Rp80.000 per kilogram menjelang Ramadan.\n\n"
                            + "Pedagang menyebut pasokan dari petani berkurang karena hujan deras selama dua pekan.",
            "kereta",
                    "Kereta cepat mengangkut 18.000 penumpang pada akhir pekan lalu, naik dari pekan sebelumnya.\n\n"
                            + "Operator menambah 6 perjalanan pada jam sibuk untuk mengurangi antrean di stasiun.");

    @TempDir
    Path dir;

    private final ObjectMapper json = new ObjectMapper();
    private final ModelConfig config = ModelConfig.builder()
            .provider(Provider.OPENAI)
            .model("fake")
            .baseUrl("http://127.0.0.1:1/v1")
            .concurrency(2)
            .build();

    static FakeModel model() {
        return FakeModel.answering(request -> FakeModel.lastUser(request).contains("paragraphs into English")
                ? FakeEnglish.answer(FakeModel.lastUser(request))
                : SUMMARY);
    }

    private BatchRunner runner(ChatModel model, boolean force, boolean skipDuplicates) {
        return runner(model, force, skipDuplicates, 2);
    }

    private BatchRunner runner(ChatModel model, boolean force, boolean skipDuplicates, int concurrency) {
        BatchOptions options = new BatchOptions(
                dir.resolve("out"), EnumSet.allOf(Task.class), true, force, skipDuplicates, concurrency);
        return BatchRunner.open(
                options,
                config,
                model,
                m -> new ArticleProcessor(m, config, PromptLibrary.builtIn(), Glossary.builtIn(), 1000));
    }

    private static BatchItem item(String id, String text) {
        return new BatchItem(id, Source.file(id + ".txt"), () -> Article.text(Source.file(id + ".txt"), text));
    }

    private static Stream<BatchItem> items(Map<String, String> articles) {
        return articles.keySet().stream().sorted().map(id -> item(id, articles.get(id)));
    }

    private BatchReport run(ChatModel model, Stream<BatchItem> items) {
        try (BatchRunner runner = runner(model, false, false)) {
            return runner.run(items, BatchListener.NONE, () -> false);
        }
    }

    private List<JsonNode> index() throws IOException {
        List<JsonNode> lines = new ArrayList<>();
        for (String line : Files.readAllLines(dir.resolve("out/index.jsonl"))) {
            lines.add(json.readTree(line));
        }
        return lines;
    }

    @Test
    void should_write_a_result_per_article_and_an_index() throws IOException {
        FakeModel model = model();

        BatchReport report = run(model, items(ARTICLES));

        assertThat(report.processed()).isEqualTo(3);
        assertThat(report.failed()).isZero();
        assertThat(model.requests()).hasSize(6);
        for (String id : ARTICLES.keySet()) {
            JsonNode result = json.readTree(dir.resolve("out/" + id + ".json").toFile());
            assertThat(result.get("id").asText()).isEqualTo(id);
            assertThat(result.at("/checks/passed").asBoolean()).isTrue();
            assertThat(dir.resolve("out/" + id + ".md")).exists();
        }
        assertThat(index())
                .extracting(n -> n.get("id").asText())
                .containsExactlyInAnyOrder("banjir", "cabai", "kereta");
        assertThat(index()).allSatisfy(n -> {
            assertThat(n.get("status").asText()).isEqualTo("done");
            assertThat(n.at("/usage/requests").asInt()).isEqualTo(2);
            assertThat(n.at("/checks/passed").asBoolean()).isTrue();
        });
        try (Stream<Path> files = Files.list(dir.resolve("out"))) {
            assertThat(files).noneMatch(p -> p.getFileName().toString().endsWith(".tmp"));
        }
    }

    @Test
    void should_make_no_request_when_run_again_and_redo_only_what_changed() {
        FakeModel model = model();
        run(model, items(ARTICLES));
        int sent = model.requests().size();

        BatchReport again = run(model, items(ARTICLES));
        assertThat(again.unchanged()).isEqualTo(3);
        assertThat(model.requests()).hasSize(sent);

        Map<String, String> changed = new java.util.HashMap<>(ARTICLES);
        changed.put("cabai", ARTICLES.get("cabai").replace("Rp80.000", "Rp85.000"));
        BatchReport third = run(model, items(changed));
        assertThat(third.processed()).isEqualTo(1);
        assertThat(third.unchanged()).isEqualTo(2);
        assertThat(model.requests()).hasSize(sent + 2);
    }

    @Test
    void should_redo_everything_with_force_and_ask_the_model_again() {
        FakeModel model = model();
        run(model, items(ARTICLES));
        try (BatchRunner runner = runner(model, true, false)) {
            BatchReport forced = runner.run(items(ARTICLES), BatchListener.NONE, () -> false);
            assertThat(forced.processed()).isEqualTo(3);
        }
        assertThat(model.requests()).hasSize(12);
    }

    @Test
    void should_record_failures_with_reasons_and_go_on() throws IOException {
        FakeModel model = FakeModel.answering(request -> {
            if (FakeModel.lastUser(request).contains("Kereta cepat")) {
                throw new ModelException(
                        ModelException.Kind.BAD_REQUEST, "the provider refused the request (HTTP 400)");
            }
            return model().chat(request).aiMessage().text();
        });
        BatchItem unreadable = new BatchItem("rusak", Source.file("rusak.pdf"), () -> {
            throw new InputException("rusak.pdf looks like a binary file (PDF), not text or HTML");
        });

        BatchReport report = run(model, Stream.concat(items(ARTICLES), Stream.of(unreadable)));

        assertThat(report.processed()).isEqualTo(2);
        assertThat(report.failures()).extracting(ItemOutcome::id).containsExactlyInAnyOrder("kereta", "rusak");
        assertThat(index())
                .filteredOn(n -> n.get("status").asText().equals("failed"))
                .extracting(n -> n.get("reason").asText())
                .containsExactlyInAnyOrder(
                        "the provider refused the request (HTTP 400)",
                        "rusak.pdf looks like a binary file (PDF), not text or HTML");

        BatchReport retry = run(model(), Stream.concat(items(ARTICLES), Stream.of(unreadable)));
        assertThat(retry.processed()).as("failed articles are tried again").isEqualTo(1);
        assertThat(retry.unchanged()).isEqualTo(2);
    }

    @Test
    void should_try_an_article_that_failed_on_a_passing_provider_fault_again_once_the_others_have_ended()
            throws IOException {
        AtomicInteger keretaCalls = new AtomicInteger();
        AtomicInteger banjirCalls = new AtomicInteger();
        FakeModel model = FakeModel.answering(request -> {
            String user = FakeModel.lastUser(request);
            if (user.contains("Kereta cepat") && keretaCalls.incrementAndGet() == 1) {
                throw new ModelException(ModelException.Kind.SERVER_ERROR, "http://llm failed (HTTP 500)");
            }
            if (user.contains("Banjir merendam")) {
                banjirCalls.incrementAndGet();
                throw new ModelException(
                        ModelException.Kind.BAD_REQUEST, "the provider refused the request (HTTP 400)");
            }
            return model().chat(request).aiMessage().text();
        });
        List<String> events = java.util.Collections.synchronizedList(new ArrayList<>());

        BatchReport report;
        try (BatchRunner runner = runner(model, false, false)) {
            report = runner.run(items(ARTICLES), recording(events), () -> false);
        }

        assertThat(report.retriedAtEnd()).isEqualTo(1);
        assertThat(report.processed())
                .as("cabai, and kereta on its second pass")
                .isEqualTo(2);
        assertThat(report.failures())
                .singleElement()
                .satisfies(f -> assertThat(f.id()).isEqualTo("banjir"))
                .satisfies(f -> assertThat(f.reason()).isEqualTo("the provider refused the request (HTTP 400)"));
        assertThat(banjirCalls.get()).as("a refused request is not tried again").isEqualTo(1);
        assertThat(events.subList(events.size() - 2, events.size()))
                .as("the second pass comes after every other article has ended")
                .containsExactly("started kereta", "finished kereta PROCESSED");
        assertThat(events).filteredOn(e -> e.startsWith("finished")).hasSize(3);
        assertThat(ledger("kereta")).containsExactly("failed", "done");
        assertThat(index())
                .filteredOn(n -> n.get("id").asText().equals("kereta"))
                .singleElement()
                .satisfies(n -> assertThat(n.get("status").asText()).isEqualTo("done"));
    }

    @Test
    void should_count_an_article_that_fails_again_on_the_second_pass_as_failed_saying_so() {
        AtomicInteger keretaCalls = new AtomicInteger();
        FakeModel model = FakeModel.answering(request -> {
            if (FakeModel.lastUser(request).contains("Kereta cepat")) {
                keretaCalls.incrementAndGet();
                throw new ModelException(ModelException.Kind.TIMEOUT, "no answer from http://llm within 120 s");
            }
            return model().chat(request).aiMessage().text();
        });

        BatchReport report = run(model, items(ARTICLES));

        assertThat(report.retriedAtEnd()).isEqualTo(1);
        assertThat(report.processed()).isEqualTo(2);
        assertThat(report.failures())
                .singleElement()
                .extracting(ItemOutcome::reason)
                .isEqualTo("no answer from http://llm within 120 s" + BatchRunner.AGAIN);
        assertThat(keretaCalls.get()).as("once per pass").isEqualTo(2);
    }

    @Test
    void should_count_a_passing_fault_as_failed_without_a_second_pass_when_the_run_is_stopped() {
        FakeModel model = FakeModel.answering(request -> {
            throw new ModelException(ModelException.Kind.RATE_LIMITED, "rate limited (HTTP 429)");
        });
        List<String> events = java.util.Collections.synchronizedList(new ArrayList<>());
        AtomicInteger asked = new AtomicInteger();

        BatchReport report;
        try (BatchRunner runner = runner(model, false, false, 1)) {
            report = runner.run(
                    items(Map.of("kereta", ARTICLES.get("kereta"))),
                    recording(events),
                    () -> asked.incrementAndGet() > 1);
        }

        assertThat(report.interrupted()).isTrue();
        assertThat(report.retriedAtEnd()).isZero();
        assertThat(report.failures()).extracting(ItemOutcome::reason).containsExactly("rate limited (HTTP 429)");
        assertThat(model.requests()).hasSize(1);
        assertThat(events).containsExactly("started kereta", "finished kereta FAILED");
    }

    private static BatchListener recording(List<String> events) {
        return new BatchListener() {
            @Override
            public void started(String id) {
                events.add("started " + id);
            }

            @Override
            public void finished(ItemOutcome outcome) {
                events.add("finished " + outcome.id() + " " + outcome.status());
            }
        };
    }

    private List<String> ledger(String id) throws IOException {
        List<String> statuses = new ArrayList<>();
        for (String line : Files.readAllLines(dir.resolve("out/.warta/ledger.jsonl"))) {
            JsonNode entry = json.readTree(line);
            if (entry.get("id").asText().equals(id)) {
                statuses.add(entry.get("status").asText());
            }
        }
        return statuses;
    }

    @Test
    void should_write_a_result_that_failed_its_checks_and_count_it_as_failed() throws IOException {
        FakeModel lazy =
                FakeModel.answering(request -> FakeModel.lastUser(request).contains("paragraphs into English")
                        ? FakeEnglish.answer(FakeModel.lastUser(request))
                                .replaceFirst("\\[2\\] .*", "[2] Pedagang menyebut pasokan dari petani berkurang.")
                        : SUMMARY);
        BatchReport report = run(lazy, items(Map.of("cabai", ARTICLES.get("cabai"))));
        assertThat(report.failures())
                .singleElement()
                .extracting(ItemOutcome::reason)
                .asString()
                .startsWith("checks failed:");
        assertThat(json.readTree(dir.resolve("out/cabai.json").toFile())
                        .at("/checks/passed")
                        .asBoolean())
                .isFalse();
    }

    @Test
    void should_mark_near_duplicates_and_skip_them_when_asked() throws IOException {
        String original = ARTICLES.get("banjir");
        Map<String, String> articles = Map.of(
                "a-banjir", original, "b-banjir-lagi", original.replace("anak-anak.", "anak-anak ke tempat aman."));
        FakeModel model = model();
        try (BatchRunner runner = runner(model, false, true, 1)) {
            BatchReport report = runner.run(items(articles), BatchListener.NONE, () -> false);
            assertThat(report.duplicates()).isEqualTo(1);
        }
        assertThat(model.requests()).as("only one of the two is sent").hasSize(2);
        List<JsonNode> index = index();
        assertThat(index).extracting(n -> n.get("status").asText()).containsExactlyInAnyOrder("done", "duplicate");
        JsonNode duplicate = index.stream()
                .filter(n -> n.get("status").asText().equals("duplicate"))
                .findFirst()
                .orElseThrow();
        JsonNode kept = index.stream()
                .filter(n -> n.get("status").asText().equals("done"))
                .findFirst()
                .orElseThrow();
        assertThat(duplicate.get("duplicateOf").asText())
                .isEqualTo(kept.get("id").asText());
        assertThat(duplicate.get("story").asText())
                .as("a duplicate is in the story of its original")
                .isEqualTo(kept.get("story").asText());
        assertThat(dir.resolve("out/" + duplicate.get("id").asText() + ".json")).doesNotExist();
    }

    @Test
    void should_not_ask_again_for_chunks_answered_before_a_crash() {
        List<String> paragraphs = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            paragraphs.add("Paragraf " + i + " menyebut anggaran Rp" + i
                    + " miliar untuk jalan dan jembatan di wilayah selatan. "
                    + "Pekerjaan dimulai bulan depan dan diawasi inspektorat daerah.");
        }
        String longArticle = String.join("\n\n", paragraphs);
        AtomicInteger calls = new AtomicInteger();
        FakeModel crashing = FakeModel.answering(request -> {
            if (calls.incrementAndGet() >= 3) {
                throw new ModelException(ModelException.Kind.SERVER_ERROR, "the machine went down");
            }
            return model().chat(request).aiMessage().text();
        });
        BatchOptions options = new BatchOptions(dir.resolve("out"), EnumSet.of(Task.TRANSLATE), false, false, false, 1);
        ModelConfig one = config.toBuilder().concurrency(1).build();
        try (BatchRunner runner = BatchRunner.open(
                options,
                one,
                crashing,
                m -> new ArticleProcessor(m, one, PromptLibrary.builtIn(), Glossary.builtIn(), 100))) {
            assertThat(runner.run(Stream.of(item("panjang", longArticle)), BatchListener.NONE, () -> false)
                            .failed())
                    .isEqualTo(1);
        }
        FakeModel healthy = model();
        try (BatchRunner runner = BatchRunner.open(
                options,
                one,
                healthy,
                m -> new ArticleProcessor(m, one, PromptLibrary.builtIn(), Glossary.builtIn(), 100))) {
            assertThat(runner.run(Stream.of(item("panjang", longArticle)), BatchListener.NONE, () -> false)
                            .processed())
                    .isEqualTo(1);
        }
        assertThat(calls.get())
                .as("the third request failed, and again when the article was tried at the end of the run")
                .isEqualTo(4);
        assertThat(healthy.requests())
                .as("the two chunks answered before the crash come from the cache")
                .hasSizeGreaterThan(0);
        List<String> resent =
                healthy.requests().stream().map(FakeModel::lastUser).toList();
        assertThat(resent).noneMatch(u -> u.contains("[1] Paragraf 1 "));
    }

    @Test
    void should_stop_taking_articles_when_asked_and_still_write_the_index() throws IOException {
        Map<String, String> many = new java.util.TreeMap<>();
        for (int i = 0; i < 20; i++) {
            many.put("berita-" + (100 + i), ARTICLES.get("banjir").replace("120 rumah", (100 + i) + " rumah"));
        }
        AtomicInteger finished = new AtomicInteger();
        try (BatchRunner runner = runner(model(), false, false, 1)) {
            BatchReport report = runner.run(
                    items(many),
                    new BatchListener() {
                        @Override
                        public void finished(ItemOutcome outcome) {
                            finished.incrementAndGet();
                        }
                    },
                    () -> finished.get() >= 1);
            assertThat(report.interrupted()).isTrue();
            assertThat(report.processed())
                    .as("the articles in flight are finished, no new one is taken up")
                    .isBetween(1, BatchRunner.ARTICLES_PER_REQUEST_SLOT);
        }
        assertThat(index()).hasSizeBetween(1, BatchRunner.ARTICLES_PER_REQUEST_SLOT);
    }

    @Test
    void should_cancel_the_requests_in_flight_when_asked_and_leave_their_articles_unrecorded() throws IOException {
        Map<String, String> many = new java.util.TreeMap<>();
        for (int i = 0; i < 6; i++) {
            many.put("berita-" + (100 + i), ARTICLES.get("banjir").replace("120 rumah", (100 + i) + " rumah"));
        }
        AtomicInteger asked = new AtomicInteger();
        FakeModel slow = FakeModel.answering(request -> {
            asked.incrementAndGet();
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new warta.core.error.CancelledException("the model request was cancelled");
            }
            return "never";
        });
        long start = System.nanoTime();
        BatchReport report;
        try (BatchRunner runner = runner(slow, false, false, 2)) {
            report = runner.run(items(many), BatchListener.NONE, () -> false, () -> asked.get() >= 2);
        }

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
        assertThat(report.interrupted()).isTrue();
        assertThat(report.failed()).isZero();
        assertThat(report.processed()).isZero();
        assertThat(report.notAttempted())
                .as("the articles in flight are left for the next run")
                .isPositive();
        assertThat(index()).isEmpty();
        Path ledger = dir.resolve("out/.warta/ledger.jsonl");
        assertThat(Files.exists(ledger) ? Files.readAllLines(ledger) : List.<String>of())
                .as("nothing recorded for a cancelled article")
                .isEmpty();
    }

    @Test
    void should_refuse_a_folder_another_batch_is_using() {
        try (BatchRunner first = runner(model(), false, false)) {
            assertThatThrownBy(() -> runner(model(), false, false))
                    .isInstanceOf(InputException.class)
                    .hasMessageContaining("in use by another warta batch");
        }
    }
}

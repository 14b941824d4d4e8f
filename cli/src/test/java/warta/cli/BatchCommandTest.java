package warta.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.openai.OpenAiTokenUsage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import warta.core.error.ModelException;
import warta.core.testing.FakeEnglish;
import warta.core.testing.FakeModel;

class BatchCommandTest {

    private static final String SUMMARY = FakeEnglish.SUMMARY;

    @TempDir
    Path dir;

    private final ObjectMapper json = new ObjectMapper();

    private static FakeModel model() {
        return FakeModel.answering(request -> FakeModel.lastUser(request).contains("paragraphs into English")
                ? FakeEnglish.answer(FakeModel.lastUser(request))
                : SUMMARY);
    }

    private Path articles() throws IOException {
        Path in = Files.createDirectories(dir.resolve("masuk/jakarta"));
        Files.writeString(
                in.resolve("banjir.txt"),
                "Banjir merendam 120 rumah di Kelurahan Cipinang pada Senin pagi. "
                        + "Warga mengungsi ke masjid terdekat.\n\nPetugas mengerahkan 4 perahu karet untuk mengevakuasi lansia.");
        Files.writeString(
                dir.resolve("masuk/cabai.txt"),
                "Harga cabai rawit naik menjadi Rp80.000 per kilogram menjelang Ramadan.\n\n"
                        + "Pedagang menyebut pasokan dari petani berkurang karena hujan deras.");
        Files.write(dir.resolve("masuk/foto.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 1, 2});
        return dir.resolve("masuk");
    }

    private List<JsonNode> index(Path out) throws IOException {
        return Files.readAllLines(out.resolve("index.jsonl")).stream()
                .map(line -> {
                    try {
                        return json.readTree(line);
                    } catch (IOException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
    }

    @Test
    void should_process_a_folder_record_the_failure_and_exit_3() throws IOException {
        Path out = dir.resolve("hasil");
        FakeModel model = model();

        CliRun run = CliRun.withModel(config -> model, "batch", articles().toString(), "--out", out.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(3);
        assertThat(run.out()).isEmpty();
        assertThat(out.resolve("banjir.json")).exists();
        assertThat(out.resolve("cabai.json")).exists();
        assertThat(index(out))
                .extracting(n -> n.get("id").asText() + ":" + n.get("status").asText())
                .containsExactlyInAnyOrder("banjir:done", "cabai:done", "foto:failed");
        assertThat(run.err())
                .contains("2 processed, 0 unchanged, 0 duplicates skipped, 1 failed")
                .contains("failed foto:")
                .doesNotContain("Exception");
        assertThat(run.err())
                .as("no progress bar or periodic lines when stderr is not a terminal and the run is short")
                .doesNotContain("warta batch [");
    }

    @Test
    void should_say_how_many_input_tokens_came_from_the_models_prompt_cache() throws IOException {
        // given a model that says 60 of every 100 input tokens came from its prompt cache
        Path in = articles();
        Files.delete(in.resolve("foto.txt"));
        FakeModel answers = model();
        ChatModel caching = new ChatModel() {
            @Override
            public ChatResponse doChat(ChatRequest request) {
                ChatResponse answer = answers.chat(request);
                return ChatResponse.builder()
                        .aiMessage(answer.aiMessage())
                        .finishReason(answer.finishReason())
                        .tokenUsage(OpenAiTokenUsage.builder()
                                .inputTokenCount(100)
                                .outputTokenCount(10)
                                .inputTokensDetails(OpenAiTokenUsage.InputTokensDetails.builder()
                                        .cachedTokens(60)
                                        .build())
                                .build())
                        .build();
            }
        };

        // when
        CliRun run = CliRun.withModel(
                config -> caching,
                "batch",
                in.toString(),
                "--out",
                dir.resolve("hasil").toString());

        // then
        assertThat(run.exitCode()).as(run.err()).isZero();
        int requests = answers.requests().size();
        assertThat(run.err())
                .contains(String.format(
                        "%,d tokens in (%,d from the model's prompt cache), %,d out",
                        100 * requests, 60 * requests, 10 * requests));
    }

    @Test
    void should_say_how_many_articles_were_tried_again_at_the_end_and_exit_0_when_they_made_it() throws IOException {
        Path in = articles();
        Files.delete(in.resolve("foto.txt"));
        Path out = dir.resolve("hasil");
        FakeModel answers = model();
        AtomicBoolean failedOnce = new AtomicBoolean();
        FakeModel flaky = FakeModel.answering(request -> {
            if (FakeModel.lastUser(request).contains("cabai") && !failedOnce.getAndSet(true)) {
                throw new ModelException(ModelException.Kind.SERVER_ERROR, "http://llm failed (HTTP 503)");
            }
            return answers.chat(request).aiMessage().text();
        });

        CliRun run = CliRun.withModel(config -> flaky, "batch", in.toString(), "--out", out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err())
                .contains("2 processed, 0 unchanged, 0 duplicates skipped, 0 failed (1 tried again at the end)");
    }

    @Test
    void should_show_the_known_total_on_the_progress_bar_and_clear_it_for_the_report() throws IOException {
        Path in = articles();
        Files.delete(in.resolve("foto.txt"));
        CliContext base = CliRun.context(config -> model());
        CliContext terminal =
                new CliContext(base.stdin(), base.env(), base.configFile(), base.models(), base.probe(), true);

        CliRun run = CliRun.in(
                terminal, "batch", in.toString(), "--out", dir.resolve("hasil").toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).contains(" 2/2").doesNotContain("/?");
        String afterBar = run.err().substring(run.err().lastIndexOf('\r') + 1);
        assertThat(afterBar).startsWith("warta: batch done: 2 processed");
    }

    @Test
    void should_make_no_request_when_run_again() throws IOException {
        Path in = articles();
        Files.delete(in.resolve("foto.txt"));
        Path out = dir.resolve("hasil");
        FakeModel model = model();
        assertThat(CliRun.withModel(config -> model, "batch", in.toString(), "--out", out.toString())
                        .exitCode())
                .isZero();
        int sent = model.requests().size();

        CliRun again = CliRun.withModel(config -> model, "batch", in.toString(), "--out", out.toString());

        assertThat(again.exitCode()).isZero();
        assertThat(model.requests()).hasSize(sent);
        assertThat(again.err()).contains("0 processed, 2 unchanged");
    }

    @Test
    void should_exit_1_when_the_probe_finds_the_provider_unusable() throws IOException {
        CliContext context = new CliContext(
                CliRun.QUIET.stdin(),
                CliRun.QUIET.env(),
                CliRun.QUIET.configFile(),
                CliRun.QUIET.models(),
                (config, files) -> {
                    throw new ModelException(
                            ModelException.Kind.UNREACHABLE,
                            "cannot reach http://127.0.0.1:11434: connection refused; is Ollama running?");
                },
                false);
        Path out = dir.resolve("hasil");

        CliRun run = CliRun.in(context, "batch", articles().toString(), "--out", out.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err().strip())
                .isEqualTo("warta: nothing could run: cannot reach http://127.0.0.1:11434: "
                        + "connection refused; is Ollama running?");
        assertThat(out).doesNotExist();
    }

    @Test
    void should_read_a_feed_saved_as_a_file_and_paths_from_stdin() throws IOException {
        Path page = Files.writeString(
                dir.resolve("halaman.html"),
                "<html><head><title>Jalan Baru Dibuka</title></head><body>"
                        + "<article><p>Pemerintah kota membuka jalan baru sepanjang 3 kilometer pada Selasa.</p>"
                        + "<p>Jalan itu menghubungkan dua kecamatan di bagian utara kota.</p></article></body></html>");
        Path feed = Files.writeString(dir.resolve("kabar.xml"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0"><channel><title>Kabar</title><link>https://kabar.example</link><description>d</description>
                <item><title>Jalan Baru</title><description><![CDATA[<p>Pemerintah kota membuka jalan baru sepanjang 3 kilometer pada Selasa.</p><p>Jalan itu menghubungkan dua kecamatan.</p>]]></description></item>
                </channel></rss>
                """);
        Path out = dir.resolve("hasil");
        CliContext context = new CliContext(
                new java.io.ByteArrayInputStream((feed + "\n" + page + "\n").getBytes()),
                CliRun.QUIET.env(),
                CliRun.QUIET.configFile(),
                (config, inner, files) -> inner.apply(model()),
                (config, files) -> {},
                false);

        CliRun run = CliRun.in(context, "batch", "-", "--out", out.toString(), "--format", "markdown", "--quiet");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(index(out)).hasSize(2).allMatch(n -> n.get("status").asText().equals("done"));
        try (var files = Files.list(out)) {
            assertThat(files.filter(p -> p.toString().endsWith(".md"))).hasSize(2);
        }
    }

    @Test
    void should_skip_near_duplicates_when_asked() throws IOException {
        Path in = Files.createDirectories(dir.resolve("masuk"));
        String story =
                "Banjir merendam 120 rumah di Kelurahan Cipinang pada Senin pagi. Warga mengungsi ke masjid terdekat "
                        + "dan posko darurat di kantor kelurahan.\n\nPetugas mengerahkan 4 perahu karet untuk mengevakuasi lansia dan "
                        + "anak-anak dari rumah yang terendam.";
        Files.writeString(in.resolve("a.txt"), story);
        Files.writeString(in.resolve("b.txt"), "JAKARTA, KABARKITA.com - " + story);
        FakeModel model = model();
        Path out = dir.resolve("hasil");

        CliRun run = CliRun.withModel(
                config -> model,
                "batch",
                in.toString(),
                "--out",
                out.toString(),
                "--skip-duplicates",
                "--concurrency",
                "1");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).contains("1 duplicates skipped");
        assertThat(index(out))
                .filteredOn(n -> n.hasNonNull("duplicateOf"))
                .singleElement()
                .satisfies(n -> assertThat(n.get("duplicateOf").asText())
                        .isEqualTo(n.get("id").asText().equals("a") ? "b" : "a"));
        assertThat(model.requests()).hasSize(2);
    }

    @Test
    void should_refuse_bad_options_as_usage_errors() throws IOException {
        assertThat(CliRun.of("batch", "x").exitCode()).as("--out is required").isEqualTo(2);
        assertThat(CliRun.of("batch", "x", "--out", dir.toString(), "--format", "pdf")
                        .exitCode())
                .isEqualTo(2);
        assertThat(CliRun.of("batch", "x", "--out", dir.toString(), "--watch", "0")
                        .exitCode())
                .isEqualTo(2);
    }

    @Test
    void should_refuse_a_daily_digest_without_watch_or_of_another_period_as_usage_errors() {
        CliRun once = CliRun.of("batch", "x", "--out", dir.toString(), "--digest", "daily");
        CliRun weekly = CliRun.of("batch", "x", "--out", dir.toString(), "--watch", "--digest", "weekly");

        assertThat(once.exitCode()).isEqualTo(2);
        assertThat(once.err()).startsWith("warta: --digest daily needs --watch").doesNotContain("Exception");
        assertThat(weekly.exitCode()).isEqualTo(2);
        assertThat(weekly.err()).startsWith("warta: --digest: expected daily but was 'weekly'");
    }
}

package warta.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.langchain4j.model.chat.request.ChatRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import warta.core.error.ModelException;
import warta.core.testing.FakeDigest;
import warta.core.testing.FakeModel;

class DigestCommandTest {

    static final String FIRE_1 = "Jakarta, 4 Juni 2024 – Kebakaran melanda Pasar Induk Kramat Jati pada"
            + " Senin malam. Kepala Suku Dinas Gulkarmat Jakarta Timur Gatot Sulaeman mengatakan 120 kios hangus.";
    static final String FIRE_2 = "Kabar Ibu Kota • 4 Juni 2024 08:00\n\n"
            + "Jakarta: Sebanyak 120 kios di Pasar Induk Kramat Jati terbakar, Senin (3/6) malam. Menurut Gatot"
            + " Sulaeman dari Suku Dinas Gulkarmat Jakarta Timur, api berasal dari korsleting listrik.";
    static final String MATCH = "Bandung, 5 Juni 2024 – Persib Bandung menang 3-0 atas Bali United di Stadion"
            + " Si Jalak Harupat. Pelatih Bojan Hodak memuji lini tengah timnya.";

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private final ObjectMapper json = new ObjectMapper();

    /** A faithful model ({@link FakeDigest}) whose story answers tell {@code planted} as their first sentence. */
    static FakeModel planting(String planted) {
        return FakeModel.answering(request -> {
            String answer = FakeDigest.answer(request);
            if (!FakeDigest.firstUser(request).contains("<story>")) {
                return answer;
            }
            try {
                ObjectNode story = (ObjectNode) JSON.readTree(answer);
                ((ObjectNode) story.get("sentences").get(0)).put("text", planted);
                return story.toString();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    static FakeModel faithful() {
        return FakeDigest.model();
    }

    static boolean translation(ChatRequest request) {
        return FakeModel.lastUser(request).contains("paragraphs into English");
    }

    private String folder() throws IOException {
        Path articles = Files.createDirectories(dir.resolve("berita"));
        Files.writeString(articles.resolve("a-fire.txt"), FIRE_1);
        Files.writeString(articles.resolve("b-fire.txt"), FIRE_2);
        Files.writeString(articles.resolve("c-match.txt"), MATCH);
        return articles.toString();
    }

    @Test
    void should_write_a_markdown_digest_of_the_stories_with_their_sources() throws IOException {
        CliRun run = CliRun.withModel(config -> faithful(), "digest", folder());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).doesNotContain("Exception").doesNotContain("checks failed");
        assertThat(run.out())
                .startsWith("# Digest")
                .contains("(2024-06-03 – 2024-06-04)")
                .contains("(2024-06-05)")
                .containsPattern("\\. \\[1, s\\d+]")
                .contains("## Sources")
                .contains("[3] ");
    }

    @Test
    void should_write_the_digest_as_json_with_every_source_and_story() throws IOException {
        CliRun run = CliRun.withModel(config -> faithful(), "digest", "--format", "json", folder());

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode digest = json.readTree(run.out());
        assertThat(digest.get("sources")).hasSize(3);
        assertThat(digest.get("stories")).hasSize(2);
        assertThat(digest.at("/stories/0/firstDate").asText()).startsWith("2024-06-0");
        assertThat(digest.at("/stories/0/sentences/0/citations/0/source").asInt())
                .isPositive();
        assertThat(digest.at("/checks/passed").asBoolean()).isTrue();
    }

    @Test
    void should_write_one_html_page_whole_to_the_output_file() throws IOException {
        Path page = dir.resolve("digest.html");

        CliRun run = CliRun.withModel(
                config -> faithful(), "digest", "--format", "html", "--output", page.toString(), folder());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(Files.readString(page)).containsIgnoringCase("<html").contains("#source-1-");
        try (var left = Files.list(dir)) {
            assertThat(left)
                    .as("no temporary file left")
                    .allMatch(p -> !p.getFileName().toString().endsWith(".tmp"));
        }
    }

    @Test
    void should_list_the_findings_write_the_digest_and_exit_1_when_a_check_fails() throws IOException {
        Path file = dir.resolve("digest.md");
        String planted = "The officials said 999 kiosks burned.";

        CliRun run = CliRun.withModel(config -> planting(planted), "digest", "-o", file.toString(), folder());
        CliRun allowed = CliRun.withModel(
                config -> planting(planted), "digest", "--allow-failed-checks", "-o", file.toString(), folder());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
        assertThat(run.err())
                .contains("warta: digest: checks failed:")
                .contains("--allow-failed-checks accepts such a digest")
                .contains("\"" + planted + "\" [")
                .contains("999")
                .doesNotContain("Exception");
        assertThat(Files.readString(file)).contains(planted);
        assertThat(allowed.exitCode()).as(allowed.err()).isZero();
        assertThat(allowed.err()).contains("checks failed").doesNotContain("--allow-failed-checks accepts");
    }

    @Test
    void should_print_the_stories_and_requests_of_a_dry_run_without_making_a_model() throws IOException {
        // CliRun.of fails the test if a model is made
        CliRun text = CliRun.of("digest", "--dry-run", folder());
        CliRun asJson = CliRun.of("digest", "--dry-run", "--format", "json", folder());

        assertThat(text.exitCode()).as(text.err()).isZero();
        assertThat(text.out()).contains("a-fire").contains("c-match").containsIgnoringCase("token");
        assertThat(asJson.exitCode()).as(asJson.err()).isZero();
        JsonNode plan = json.readTree(asJson.out());
        assertThat(plan.get("stories")).hasSize(2);
        assertThat(plan.get("requests")).isNotEmpty();
    }

    @Test
    void should_write_a_dry_run_to_the_output_file_when_one_is_given() throws IOException {
        Path plan = dir.resolve("plan.json");
        Files.writeString(plan, "an older plan");

        CliRun run = CliRun.of("digest", "--dry-run", "--format", "json", "-o", plan.toString(), folder());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(json.readTree(plan.toFile()).get("stories")).hasSize(2);
    }

    @Test
    void should_exit_1_even_with_allow_failed_checks_when_a_part_could_not_be_done() throws IOException {
        Path file = dir.resolve("digest.md");
        FakeModel refusing = FakeModel.answering(request -> {
            String user = FakeDigest.firstUser(request);
            if (user.contains("<story>") && user.contains("3-0")) { // the match's story, not the fire's
                throw new ModelException(ModelException.Kind.BAD_REQUEST, "the server refused the request");
            }
            return FakeDigest.answer(request);
        });

        CliRun run = CliRun.withModel(
                config -> refusing, "digest", "--allow-failed-checks", "-o", file.toString(), folder());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
        assertThat(run.err()).contains("incomplete").doesNotContain("Exception");
        assertThat(Files.readString(file)).startsWith("# Digest").contains("## Sources");
    }

    @Test
    void should_translate_nothing_again_when_digesting_a_batch_output_folder() throws IOException {
        String articles = folder();
        Path out = dir.resolve("hasil");
        FakeModel batchModel = faithful();
        CliRun batch = CliRun.withModel(config -> batchModel, "batch", articles, "--out", out.toString());
        assertThat(batch.exitCode()).as(batch.err()).isZero();
        assertThat(batchModel.requests().stream().filter(DigestCommandTest::translation))
                .hasSize(3);
        FakeModel digestModel = faithful();

        CliRun digest = CliRun.withModel(config -> digestModel, "digest", "--format", "json", out.toString());

        assertThat(digest.exitCode()).as(digest.err()).isZero();
        assertThat(json.readTree(digest.out()).get("sources")).hasSize(3);
        assertThat(digestModel.requests())
                .as("only the stories and the briefing are asked for")
                .isNotEmpty()
                .noneMatch(DigestCommandTest::translation);
    }

    @Test
    void should_write_a_digest_of_each_day_with_new_articles_after_each_poll_of_a_watch() throws Exception {
        Path in = Files.createDirectories(dir.resolve("masuk"));
        Files.writeString(in.resolve("a-fire.txt"), FIRE_1);
        Files.writeString(in.resolve("c-match.txt"), MATCH);
        Path out = dir.resolve("hasil");
        FakeModel model = faithful();
        CliContext context = CliRun.context(config -> model);
        Thread watch = new Thread(() -> CliRun.in(
                context, "batch", in.toString(), "--out", out.toString(), "--watch", "1", "--digest", "daily"));
        Path june4 = out.resolve("digests/2024-06-04.json");
        Path june5 = out.resolve("digests/2024-06-05.md");
        watch.start();
        try {
            await(() ->
                    sources(june4) == 1 && Files.exists(june5) && Files.exists(out.resolve("digests/2024-06-04.md")));
            FileTime june5Written = Files.getLastModifiedTime(june5);
            long translations = model.requests().stream()
                    .filter(DigestCommandTest::translation)
                    .count();

            Files.writeString(in.resolve("b-fire.txt"), FIRE_2);

            // the .json is written first, then the .md
            await(() -> sources(june4) == 2
                    && read(out.resolve("digests/2024-06-04.md")).contains("[2] "));
            assertThat(Files.getLastModifiedTime(june5))
                    .as("a day with nothing new")
                    .isEqualTo(june5Written);
            assertThat(model.requests().stream().filter(DigestCommandTest::translation))
                    .as("the new article alone is translated")
                    .hasSize((int) translations + 1);
        } finally {
            stop(watch);
        }
    }

    /** Ends a watch as its sleep between polls ends on an interrupt, and checks that it did end. */
    private static void stop(Thread watch) throws InterruptedException {
        watch.interrupt();
        watch.join(10_000);
        assertThat(watch.isAlive()).as("the watch ended").isFalse();
    }

    @Test
    void should_digest_on_start_the_days_whose_digest_is_missing_partial_or_out_of_date() throws Exception {
        Path in = Files.createDirectories(dir.resolve("masuk"));
        Files.writeString(in.resolve("a-fire.txt"), FIRE_1);
        Files.writeString(in.resolve("b-fire.txt"), FIRE_2);
        Files.writeString(in.resolve("c-match.txt"), MATCH);
        Path out = dir.resolve("hasil");
        FakeModel model = faithful();
        // a batch without digests, as a watch stopped before its digests would leave it
        CliRun first = CliRun.withModel(config -> model, "batch", in.toString(), "--out", out.toString());
        assertThat(first.exitCode()).as(first.err()).isZero();
        Path june4 = out.resolve("digests/2024-06-04.json");
        Path june5 = out.resolve("digests/2024-06-05.json");
        Files.createDirectories(june5.getParent());
        Files.writeString(june5, "{\"sources\":[{\"id\":\"c-match\"}],\"checks\":{\"findings\":[]}}");
        FileTime june5Written = Files.getLastModifiedTime(june5);

        Thread watch = new Thread(() -> CliRun.in(
                CliRun.context(config -> model),
                "batch",
                in.toString(),
                "--out",
                out.toString(),
                "--watch",
                "1",
                "--digest",
                "daily"));
        watch.start();
        try {
            await(() -> sources(june4) == 2 && Files.exists(out.resolve("digests/2024-06-04.md")));
            Thread.sleep(1_500); // a poll more, with nothing new
            assertThat(Files.getLastModifiedTime(june5))
                    .as("a day whose digest lists its articles")
                    .isEqualTo(june5Written);
        } finally {
            stop(watch);
        }
    }

    private int sources(Path digestJson) {
        try {
            return Files.exists(digestJson)
                    ? json.readTree(digestJson.toFile()).get("sources").size()
                    : 0;
        } catch (IOException e) {
            return 0;
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return "";
        }
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        long until = System.nanoTime() + 60_000_000_000L;
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited a minute").isLessThan(until);
            Thread.sleep(100);
        }
    }

    @Test
    void should_name_an_input_that_cannot_be_read_and_still_digest_the_others() throws IOException {
        String articles = folder();
        Files.writeString(Path.of(articles, "d-empty.txt"), "");

        CliRun run = CliRun.withModel(config -> faithful(), "digest", articles);

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).startsWith("warta: ").contains("d-empty.txt").doesNotContain("Exception");
        assertThat(run.out()).startsWith("# Digest").contains("[3] ");
    }

    @Test
    void should_fail_with_one_line_when_nothing_can_be_read() {
        CliRun run = CliRun.of("digest", dir.resolve("nothing-here").toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).startsWith("warta: ").contains("nothing-here").doesNotContain("Exception");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void should_refuse_an_output_that_is_a_folder_before_making_a_model() throws IOException {
        // CliRun.of fails the test if a model is made
        CliRun run = CliRun.of("digest", "-o", dir.toString(), folder());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).startsWith("warta: cannot write " + dir).doesNotContain("Exception");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void should_refuse_bad_options_as_usage_errors() throws IOException {
        CliRun format = CliRun.of("digest", "--format", "pdf", folder());
        CliRun none = CliRun.of("digest");

        assertThat(format.exitCode()).isEqualTo(2);
        assertThat(format.err()).startsWith("warta: ").contains("pdf").contains("try 'warta digest --help'");
        assertThat(none.exitCode()).isEqualTo(2);
    }
}

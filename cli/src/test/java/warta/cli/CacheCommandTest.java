package warta.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import warta.core.testing.FakeEnglish;
import warta.core.testing.FakeModel;

/** The response cache from the command line: {@code process} twice costs one model run. */
class CacheCommandTest {

    private static final String ARTICLE = """
            Banjir Rendam Cipinang

            Banjir merendam 120 rumah di Kelurahan Cipinang pada Senin pagi.

            Warga mengungsi ke masjid terdekat.
            """;

    @TempDir
    Path dir;

    private final FakeModel model =
            FakeModel.answering(request -> FakeModel.lastUser(request).contains("paragraphs into English")
                    ? FakeEnglish.answer(FakeModel.lastUser(request))
                    : FakeEnglish.SUMMARY);

    private CliContext context() {
        return CliRun.context(config -> model).withCache(dir.resolve("cache"));
    }

    private CliRun run(String... args) {
        return CliRun.in(context(), args);
    }

    private String article() throws IOException {
        return Files.writeString(dir.resolve("banjir.txt"), ARTICLE).toString();
    }

    @Test
    void should_cost_one_model_run_when_the_same_article_is_processed_twice() throws IOException {
        String file = article();

        CliRun first = run("process", "--format", "json", file);
        int asked = model.requests().size();
        CliRun second = run("process", "--format", "json", file);

        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(second.exitCode()).as(second.err()).isZero();
        assertThat(asked).isPositive();
        assertThat(model.requests()).hasSize(asked);
        assertThat(first.out()).contains("\"requests\":" + asked).contains("\"cachedRequests\":0");
        assertThat(second.out()).contains("\"requests\":0").contains("\"cachedRequests\":" + asked);
    }

    @Test
    void should_ask_the_model_again_with_no_cache_and_keep_the_fresh_answers_for_later_runs() throws IOException {
        String file = article();

        run("process", file);
        int asked = model.requests().size();
        CliRun fresh = run("process", "--no-cache", file);
        CliRun later = run("process", "--format", "json", file);

        assertThat(fresh.exitCode()).as(fresh.err()).isZero();
        assertThat(model.requests())
                .as("--no-cache asked again; the run after it asked nothing")
                .hasSize(2 * asked);
        assertThat(later.out()).contains("\"requests\":0").contains("\"cachedRequests\":" + asked);
    }

    @Test
    void should_say_in_markdown_how_many_answers_came_from_the_cache() throws IOException {
        String file = article();
        run("translate", file);

        CliRun again = run("translate", "--format", "markdown", file);

        assertThat(again.out()).contains("0 requests (+1 from the cache)");
    }

    @Test
    void should_print_what_the_cache_holds_and_clear_it() throws IOException {
        run("process", article());
        int asked = model.requests().size();

        CliRun stats = run("cache", "stats");
        CliRun clear = run("cache", "clear");
        CliRun after = run("cache", "stats");

        assertThat(stats.exitCode()).as(stats.err()).isZero();
        assertThat(stats.out())
                .contains("folder   " + dir.resolve("cache").toAbsolutePath())
                .contains("entries  " + asked)
                .contains("bound    268435456 (256.0 MiB)")
                .doesNotContain("oldest   -");
        assertThat(clear.exitCode()).isZero();
        assertThat(clear.out()).startsWith("removed " + asked + " cached answers from ");
        assertThat(after.out()).contains("entries  0").contains("oldest   -");
    }

    @Test
    void should_answer_a_batch_from_what_process_asked_before() throws IOException {
        String file = article();
        run("process", file);
        int asked = model.requests().size();

        CliRun batch = run("batch", file, "--out", dir.resolve("out").toString());
        CliRun forced = run("batch", file, "--out", dir.resolve("forced").toString(), "--force");

        assertThat(batch.exitCode()).as(batch.err()).isZero();
        assertThat(dir.resolve("out/banjir.json")).exists();
        assertThat(dir.resolve("out/.warta/responses")).doesNotExist();
        assertThat(forced.exitCode()).as(forced.err()).isZero();
        assertThat(model.requests()).hasSize(2 * asked);
    }

    @Test
    void should_ask_the_model_again_in_a_batch_with_no_cache() throws IOException {
        String file = article();
        run("process", file);
        int asked = model.requests().size();

        CliRun batch =
                run("batch", "--no-cache", file, "--out", dir.resolve("out").toString());

        assertThat(batch.exitCode()).as(batch.err()).isZero();
        assertThat(model.requests()).as("nothing came from the cache").hasSize(2 * asked);
        assertThat(dir.resolve("out/.warta/responses")).doesNotExist();
    }

    @Test
    void should_ask_for_a_subcommand() {
        CliRun run = run("cache");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("Missing command: try 'warta cache stats' or 'warta cache clear'");
    }

    @Test
    void should_refuse_a_cache_size_that_is_not_a_size() throws IOException {
        CliRun run = run("process", "--cache-size", "besar", article());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--cache-size: not a size: 'besar'");
        assertThat(model.requests()).isEmpty();
    }

    @Test
    void should_keep_the_bound_it_is_given() throws IOException {
        String file = article();
        run("process", "--cache-size", "1", file);

        // evictions run in the background: the writer never waits for one
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(20);
        while (!run("cache", "stats").out().contains("entries  0") && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        assertThat(run("cache", "stats").out()).contains("entries  0");
    }
}

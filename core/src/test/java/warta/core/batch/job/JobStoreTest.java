package warta.core.batch.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static warta.core.batch.job.JobFixtures.BANJIR;
import static warta.core.batch.job.JobFixtures.ONLY_BOILERPLATE;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import warta.core.batch.source.BatchItem;
import warta.core.batch.source.BatchSources;
import warta.core.error.InputException;
import warta.core.read.ArticleInput;
import warta.core.read.ArticleReader;

class JobStoreTest {

    @TempDir
    Path dir;

    private JobStore store() {
        return new JobStore(dir.resolve("jobs"));
    }

    @Test
    void should_create_a_queued_job_that_can_be_found_again() {
        JobStore store = store();

        Job job = store.create(JobFixtures.three());

        assertThat(job.id()).matches("[0-9a-f]{32}");
        assertThat(job.state()).isEqualTo(JobState.QUEUED);
        assertThat(job.total()).isEqualTo(3);
        assertThat(store.find(job.id())).contains(job);
        assertThat(new JobStore(dir.resolve("jobs")).find(job.id())).contains(job);
        assertThat(store.create(JobFixtures.three()).id()).isNotEqualTo(job.id());
    }

    @Test
    void should_write_the_articles_as_json_lines_that_batch_sources_reads_with_the_same_ids() {
        JobStore store = store();
        Job job = store.create(List.of(
                ArticleInput.text("Berita-Satu", BANJIR),
                ArticleInput.html(null, "<p>Halo</p>"),
                ArticleInput.url("3", "https://kabar.example/a"),
                new ArticleInput("4", BANJIR, null, "https://kabar.example/b")));

        try (Stream<BatchItem> items = new BatchSources(new ArticleReader())
                .items(List.of(store.inputFile(job.id()).toString()), InputStream.nullInputStream())) {
            List<BatchItem> read = items.toList();
            assertThat(read).extracting(BatchItem::id).containsExactly("berita-satu", "2", "3", "4");
            assertThat(read.get(3).source().url()).isEqualTo("https://kabar.example/b");
            assertThat(read.get(3).load().content()).isEqualTo(BANJIR);
            assertThat(read.get(0).load().content()).isEqualTo(BANJIR);
            assertThat(read.get(2).source().url()).isEqualTo("https://kabar.example/a");
        }
        assertThat(store.status(job.id()).articles())
                .extracting(ArticleStatus::id)
                .containsExactly("berita-satu", "2", "3", "4");
    }

    @Test
    void should_number_an_article_without_id_past_the_ids_the_caller_took() {
        Job job = store().create(List.of(ArticleInput.text("2", BANJIR), ArticleInput.text(null, BANJIR)));

        assertThat(store().status(job.id()).articles())
                .extracting(ArticleStatus::id)
                .containsExactly("2", "2-2");
    }

    @Test
    void should_refuse_ids_that_come_out_the_same_and_an_empty_job() {
        JobStore store = store();

        assertThatThrownBy(() ->
                        store.create(List.of(ArticleInput.text("Satu", BANJIR), ArticleInput.text("satu", BANJIR))))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("\"satu\"");
        assertThatThrownBy(() -> store.create(List.of())).isInstanceOf(InputException.class);
        assertThat(store.unfinished()).isEmpty();
    }

    @Test
    void should_refuse_an_article_without_exactly_one_of_text_html_and_url() {
        assertThatThrownBy(() -> new ArticleInput("a", "teks", "<p>x</p>", null))
                .isInstanceOf(InputException.class)
                .hasMessage("expected \"text\" or \"html\" (or only a \"url\"), found \"text\", \"html\"");
        assertThatThrownBy(() -> new ArticleInput("a", null, null, null)).isInstanceOf(InputException.class);
        assertThatThrownBy(() -> ArticleInput.text("a", "  "))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("text");
        assertThatThrownBy(() -> ArticleInput.url("a", "file:///etc/passwd"))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("http");
        assertThatThrownBy(() -> ArticleInput.text(" ", "teks"))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("id");
    }

    @Test
    void should_find_no_job_for_a_malformed_or_unknown_id() {
        JobStore store = store();
        Job job = store.create(JobFixtures.three());

        for (String id : new String[] {
            null,
            "",
            "..",
            "../" + job.id(),
            job.id() + "/..",
            job.id().toUpperCase(),
            job.id() + "/job.json",
            "/etc",
            "0".repeat(32)
        }) {
            assertThat(store.find(id)).as(String.valueOf(id)).isEmpty();
        }
        assertThatThrownBy(() -> store.status("../" + job.id())).isInstanceOf(UnknownJobException.class);
        assertThatThrownBy(() -> store.results("0".repeat(32))).isInstanceOf(UnknownJobException.class);
        assertThatThrownBy(() -> store.markCancelled("..")).isInstanceOf(UnknownJobException.class);
    }

    @Test
    void should_ignore_a_job_whose_job_json_is_torn() throws Exception {
        JobStore store = store();
        Job torn = store.create(JobFixtures.three());
        Job whole = store.create(JobFixtures.three());
        Files.writeString(
                dir.resolve("jobs").resolve(torn.id()).resolve("job.json"),
                "{\"id\": \"" + torn.id().substring(0, 9));

        assertThat(store.find(torn.id())).isEmpty();
        assertThat(store.unfinished()).containsExactly(whole);
        assertThatThrownBy(() -> store.status(torn.id())).isInstanceOf(UnknownJobException.class);
    }

    @Test
    void should_remove_what_a_crash_left_of_a_job_being_created() throws Exception {
        JobStore store = store();
        Path staging = dir.resolve("jobs").resolve(".new-" + "a".repeat(32));
        Files.createDirectories(staging);
        Files.writeString(staging.resolve("input.jsonl"), "{\"id\": \"a\", \"text\": \"hal");

        assertThat(store.unfinished()).isEmpty();
        assertThat(staging).doesNotExist();
        assertThat(store.find("a".repeat(32))).isEmpty();
    }

    @Test
    void should_list_queued_and_running_jobs_oldest_first() throws Exception {
        JobStore store = store();
        Job first = store.create(JobFixtures.three());
        Thread.sleep(2);
        Job second = store.create(JobFixtures.three());
        Thread.sleep(2);
        Job third = store.create(JobFixtures.three());
        Thread.sleep(2);
        Job fourth = store.create(JobFixtures.three());

        store.markRunning(second.id());
        store.markDone(third.id());
        store.markCancelled(fourth.id());

        assertThat(store.unfinished()).extracting(Job::id).containsExactly(first.id(), second.id());
        assertThat(store.unfinished().get(1).state()).isEqualTo(JobState.RUNNING);
    }

    @Test
    void should_keep_a_cancelled_job_cancelled() {
        JobStore store = store();
        Job job = store.create(JobFixtures.three());

        assertThat(store.markCancelled(job.id()).state()).isEqualTo(JobState.CANCELLED);
        assertThat(store.markRunning(job.id()).state()).isEqualTo(JobState.CANCELLED);
        assertThat(store.markDone(job.id()).state()).isEqualTo(JobState.CANCELLED);
        assertThat(store.find(job.id()).orElseThrow().state()).isEqualTo(JobState.CANCELLED);
        assertThat(store.unfinished()).isEmpty();
    }

    @Test
    void should_keep_a_done_job_done_when_cancelled_late() {
        JobStore store = store();
        Job job = store.create(JobFixtures.three());
        store.markDone(job.id());

        assertThat(store.markCancelled(job.id()).state()).isEqualTo(JobState.DONE);
    }

    @Test
    void should_count_every_article_as_pending_before_the_job_runs() {
        JobStore store = store();
        Job job = store.create(JobFixtures.three());

        JobStatus status = store.status(job.id());

        assertThat(status.pending()).isEqualTo(3);
        assertThat(status.done() + status.failed() + status.duplicates()).isZero();
        assertThat(status.articles()).extracting(ArticleStatus::standing).containsOnly(ArticleStatus.Standing.PENDING);
        assertThat(status.articles()).extracting(ArticleStatus::status).containsOnly("pending");
        assertThat(store.results(job.id())).isEmpty();
    }

    @Test
    void should_count_each_standing_when_the_ledger_has_lines_written_before_statuses_were_typed() throws Exception {
        // given a job whose ledger holds one line of each status, as earlier versions wrote them
        JobStore store = store();
        Job job = store.create(List.of(
                ArticleInput.text("a", BANJIR),
                ArticleInput.text("b", BANJIR),
                ArticleInput.text("c", BANJIR),
                ArticleInput.text("d", BANJIR)));
        Path ledger = store.outputDir(job.id()).resolve(".warta/ledger.jsonl");
        Files.createDirectories(ledger.getParent());
        Files.writeString(
                ledger,
                oldLedgerLine("a", "done", null) + "\n" + oldLedgerLine("b", "failed", "\"boom\"") + "\n"
                        + oldLedgerLine("c", "duplicate", "\"near-duplicate of a\"") + "\n");

        // when
        JobStatus status = store.status(job.id());

        // then
        assertThat(List.of(status.done(), status.failed(), status.duplicates(), status.pending()))
                .containsExactly(1, 1, 1, 1);
        assertThat(status.articles())
                .extracting(ArticleStatus::standing)
                .containsExactly(
                        ArticleStatus.Standing.DONE,
                        ArticleStatus.Standing.FAILED,
                        ArticleStatus.Standing.DUPLICATE,
                        ArticleStatus.Standing.PENDING);
        assertThat(JobStatusJson.toNode(status).findValuesAsText("status"))
                .containsExactly("done", "failed", "duplicate", "pending");
    }

    private static String oldLedgerLine(String id, String status, String reason) {
        return "{\"id\":\"" + id + "\",\"key\":\"k\",\"status\":\"" + status + "\",\"reason\":" + reason
                + ",\"source\":\"articles[0]\",\"path\":null,\"duplicateOf\":null,\"checksPassed\":false,\"untranslated\":0,"
                + "\"omitted\":0,\"unsupported\":0,\"requests\":0,\"inputTokens\":0,\"outputTokens\":0,"
                + "\"time\":\"2026-11-21T00:00:00Z\"}";
    }

    @Test
    void should_count_articles_from_the_ledger_and_give_results_in_input_order() throws Exception {
        JobStore store = store();
        Job job = store.create(List.of(
                ArticleInput.text("kereta", JobFixtures.KERETA),
                ArticleInput.text("kosong", ONLY_BOILERPLATE),
                ArticleInput.text("banjir", BANJIR)));
        JobFixtures.runner(store, JobFixtures.model()).run(job.id(), () -> false);

        JobStatus status = store.status(job.id());

        assertThat(status.state()).isEqualTo(JobState.DONE);
        assertThat(status.done()).isEqualTo(2);
        assertThat(status.failed()).isEqualTo(1);
        assertThat(status.pending()).isZero();
        assertThat(status.articles().get(1).status()).isEqualTo("failed");
        assertThat(status.articles().get(1).reason())
                .startsWith("articles[1] has no article text")
                .doesNotContain(dir.toString());
        List<String> lines = store.results(job.id()).toList();
        ObjectMapper json = new ObjectMapper();
        assertThat(lines)
                .hasSize(2)
                .allSatisfy(line -> assertThat(line).doesNotContain("\n").doesNotContain(dir.toString()));
        assertThat(lines.stream().map(line -> read(json, line)).toList()).containsExactly("kereta", "banjir");
    }

    @Test
    void should_show_in_status_only_the_articles_a_stopped_run_finished() {
        JobStore store = store();
        Job job = store.create(JobFixtures.three());
        int[] taken = {0};
        BooleanSupplier afterOne = () -> taken[0]++ >= 1;

        JobFixtures.runner(store, JobFixtures.model()).run(job.id(), afterOne);

        JobStatus status = store.status(job.id());
        assertThat(status.state()).isEqualTo(JobState.RUNNING);
        assertThat(status.done()).isEqualTo(1);
        assertThat(status.pending()).isEqualTo(2);
        assertThat(store.results(job.id())).hasSize(1);
        assertThat(store.unfinished()).extracting(Job::id).containsExactly(job.id());
    }

    @Test
    void may_be_shared_across_threads() throws Exception {
        JobStore store = store();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Job>> created = new ArrayList<>();
            for (int i = 0; i < 32; i++) {
                created.add(pool.submit(() -> store.create(JobFixtures.three())));
            }
            List<Future<?>> changed = new ArrayList<>();
            for (Future<Job> job : created) {
                String id = job.get().id();
                changed.add(pool.submit(() -> store.markRunning(id)));
                changed.add(pool.submit(() -> store.markCancelled(id)));
                changed.add(pool.submit(() -> store.status(id)));
            }
            for (Future<?> change : changed) {
                change.get();
            }
            for (Future<Job> job : created) {
                assertThat(store.find(job.get().id()).orElseThrow().state()).isEqualTo(JobState.CANCELLED);
            }
            assertThat(store.unfinished()).isEmpty();
        } finally {
            pool.shutdownNow();
        }
    }

    private static String read(ObjectMapper json, String line) {
        try {
            return json.readTree(line).get("id").asText();
        } catch (Exception e) {
            throw new AssertionError(line, e);
        }
    }
}

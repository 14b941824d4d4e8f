package warta.core.batch.job;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.model.chat.request.ChatRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import warta.core.batch.BatchReport;
import warta.core.testing.FakeModel;

class JobRunnerTest {

    @TempDir
    Path dir;

    @Test
    void should_translate_and_summarize_every_article_and_mark_the_job_done() {
        JobStore store = new JobStore(dir);
        Job job = store.create(JobFixtures.three());
        FakeModel model = JobFixtures.model();

        Optional<BatchReport> report = JobFixtures.runner(store, model).run(job.id(), () -> false);

        assertThat(report).hasValueSatisfying(r -> assertThat(r.processed()).isEqualTo(3));
        assertThat(store.find(job.id()).orElseThrow().state()).isEqualTo(JobState.DONE);
        assertThat(model.requests())
                .anyMatch(r -> FakeModel.lastUser(r).contains("paragraphs into English"))
                .anyMatch(r -> !FakeModel.lastUser(r).contains("paragraphs into English"));
        assertThat(store.results(job.id()))
                .hasSize(3)
                .allSatisfy(
                        line -> assertThat(line).contains("\"translation\":{").contains("\"summary\":{"));
    }

    @Test
    void should_resume_a_stopped_job_without_asking_again_for_finished_articles() throws Exception {
        JobStore store = new JobStore(dir);
        Job job = store.create(JobFixtures.three());
        int[] taken = {0};
        JobFixtures.runner(store, JobFixtures.model()).run(job.id(), () -> taken[0]++ >= 1);
        String finished = store.status(job.id()).articles().stream()
                .filter(a -> a.status().equals("done"))
                .findFirst()
                .orElseThrow()
                .id();
        deleteResponseCache(store.outputDir(job.id()));

        FakeModel resumed = JobFixtures.model();
        BatchReport report =
                JobFixtures.runner(store, resumed).run(job.id(), () -> false).orElseThrow();

        assertThat(report.unchanged()).isEqualTo(1);
        assertThat(report.processed()).isEqualTo(2);
        String finishedText = JobFixtures.three().stream()
                .filter(a -> a.id().equals(finished))
                .findFirst()
                .orElseThrow()
                .text()
                .substring(0, 20);
        assertThat(resumed.requests()).isNotEmpty().noneMatch(r -> asked(r, finishedText));
        assertThat(store.status(job.id()).done()).isEqualTo(3);
        assertThat(store.find(job.id()).orElseThrow().state()).isEqualTo(JobState.DONE);
    }

    @Test
    void should_not_run_a_cancelled_job() {
        JobStore store = new JobStore(dir);
        Job job = store.create(JobFixtures.three());
        store.markCancelled(job.id());
        FakeModel model = JobFixtures.model();

        assertThat(JobFixtures.runner(store, model).run(job.id(), () -> false)).isEmpty();
        assertThat(model.requests()).isEmpty();
        assertThat(store.status(job.id()).pending()).isEqualTo(3);
    }

    private static boolean asked(ChatRequest request, String text) {
        return FakeModel.lastUser(request).contains(text);
    }

    private static void deleteResponseCache(Path out) throws Exception {
        try (Stream<Path> files = Files.walk(out.resolve(".warta/responses"))) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}

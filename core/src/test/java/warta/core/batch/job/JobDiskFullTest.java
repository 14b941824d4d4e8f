package warta.core.batch.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.langchain4j.model.chat.ChatModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import warta.core.error.DiskFullException;
import warta.core.testing.FakeModel;
import warta.core.testing.FullDisk;

/** Jobs on a disk that fills up: failed with one clear reason, nothing half-made, taken up again when there is room. */
class JobDiskFullTest {

    static final String ERROR = "no space left on device writing the job's folder";

    @TempDir
    Path dir;

    private final FullDisk disk = FullDisk.create();

    private JobStore store() {
        return new JobStore(disk.path(dir.resolve("jobs")));
    }

    /** A faithful model, except that the disk fills up as cabai's first request is answered (once). */
    private ChatModel fillingAtCabai() {
        FakeModel faithful = JobFixtures.model();
        AtomicBoolean filled = new AtomicBoolean();
        return FakeModel.answering(request -> {
            if (FakeModel.lastUser(request).contains("cabai rawit") && filled.compareAndSet(false, true)) {
                disk.fill();
            }
            return faithful.chat(request).aiMessage().text();
        });
    }

    @Test
    void should_fail_a_job_the_disk_filled_under_with_one_clear_reason_and_no_server_path() {
        JobStore store = store();
        Job job = store.create(JobFixtures.three());

        JobFixtures.runner(store, fillingAtCabai()).run(job.id(), () -> false);

        JobStatus status = store.status(job.id());
        assertThat(status.state()).isEqualTo(JobState.FAILED);
        assertThat(status.job().error()).isEqualTo(ERROR);
        assertThat(status.failed()).isZero();
        assertThat(status.articles())
                .filteredOn(a -> a.id().equals("cabai"))
                .singleElement()
                .extracting(ArticleStatus::status)
                .isEqualTo("pending");
        assertThat(status.done() + status.pending()).isEqualTo(3);
        String json = JobStatusJson.toNode(status).toString();
        assertThat(json).doesNotContain(dir.toString()).doesNotContain("java.").doesNotContain("Exception");
    }

    @Test
    void should_refuse_a_new_job_on_a_full_disk_and_leave_nothing_of_it() throws Exception {
        Files.createDirectories(dir.resolve("jobs"));
        disk.fillAfter(10);

        assertThatThrownBy(() -> store().create(JobFixtures.three()))
                .isInstanceOf(DiskFullException.class)
                .hasMessage("no space left on device writing " + dir.resolve("jobs"));

        try (Stream<Path> left = Files.list(dir.resolve("jobs"))) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void should_stall_a_job_that_cannot_even_be_marked_running_and_resume_it_at_the_next_start() {
        JobStore store = store();
        Job job = store.create(JobFixtures.three());
        disk.fill();

        assertThat(JobFixtures.runner(store, JobFixtures.model()).run(job.id(), () -> false))
                .isEmpty();

        assertThat(store.status(job.id()).state()).isEqualTo(JobState.FAILED);
        assertThat(store.status(job.id()).job().error()).isEqualTo(ERROR);
        disk.free();
        JobStore restarted = store();
        assertThat(restarted.unfinished()).extracting(Job::id).containsExactly(job.id());
        JobFixtures.runner(restarted, JobFixtures.model()).run(job.id(), () -> false);
        assertThat(restarted.status(job.id()).state()).isEqualTo(JobState.DONE);
        assertThat(restarted.status(job.id()).done()).isEqualTo(3);
    }

    @Test
    void should_let_a_stalled_job_be_cancelled_for_good() {
        JobStore store = store();
        Job job = store.create(JobFixtures.three());
        JobFixtures.runner(store, fillingAtCabai()).run(job.id(), () -> false);
        disk.free();

        assertThat(store.markCancelled(job.id()).state()).isEqualTo(JobState.CANCELLED);

        assertThat(store.takeStalled()).isEmpty();
        assertThat(store().unfinished()).isEmpty();
    }

    @Test
    void should_take_up_a_stalled_job_again_as_soon_as_a_new_job_can_be_kept() throws Exception {
        JobStore store = store();
        try (JobQueue queue = new JobQueue(store, JobFixtures.runner(store, fillingAtCabai()), Duration.ofSeconds(5))) {
            Job first = queue.submit(JobFixtures.three());
            awaitState(queue, first.id(), JobState.FAILED);
            assertThatThrownBy(() -> queue.submit(List.of(JobFixtures.three().get(0))))
                    .isInstanceOf(DiskFullException.class);

            disk.free();
            Job second = queue.submit(List.of(JobFixtures.three().get(0)));

            awaitState(queue, first.id(), JobState.DONE);
            awaitState(queue, second.id(), JobState.DONE);
            assertThat(queue.status(first.id()).done()).isEqualTo(3);
            assertThat(queue.results(first.id())).hasSize(3);
        }
    }

    private static void awaitState(JobQueue queue, String id, JobState state) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!queue.status(id).state().equals(state) && System.nanoTime() < until) {
            Thread.sleep(20);
        }
        assertThat(queue.status(id).state()).as(queue.status(id).toString()).isEqualTo(state);
    }
}

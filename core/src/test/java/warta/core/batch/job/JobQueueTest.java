package warta.core.batch.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import warta.core.testing.FakeModel;

class JobQueueTest {

    @TempDir
    Path dir;

    private static void awaitState(JobQueue queue, String id, JobState state) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!queue.status(id).state().equals(state) && System.nanoTime() < until) {
            Thread.sleep(20);
        }
        assertThat(queue.status(id).state()).isEqualTo(state);
    }

    @Test
    void should_run_a_submitted_job_in_the_background_to_the_end() throws Exception {
        JobStore store = new JobStore(dir);
        try (JobQueue queue =
                new JobQueue(store, JobFixtures.runner(store, JobFixtures.model()), Duration.ofSeconds(5))) {
            Job job = queue.submit(JobFixtures.three());

            awaitState(queue, job.id(), JobState.DONE);

            assertThat(queue.results(job.id())).hasSize(3);
        }
    }

    @Test
    void should_take_up_after_a_restart_the_jobs_left_queued_or_running() throws Exception {
        JobStore before = new JobStore(dir);
        Job running = before.create(List.of(JobFixtures.three().get(0)));
        before.markRunning(running.id());
        Job queued = before.create(List.of(JobFixtures.three().get(1)));

        JobStore store = new JobStore(dir);
        try (JobQueue queue =
                new JobQueue(store, JobFixtures.runner(store, JobFixtures.model()), Duration.ofSeconds(5))) {
            assertThat(queue.resume()).isEqualTo(2);
            awaitState(queue, running.id(), JobState.DONE);
            awaitState(queue, queued.id(), JobState.DONE);
        }
    }

    @Test
    void should_not_take_up_a_cancelled_job() throws Exception {
        JobStore store = new JobStore(dir);
        FakeModel model = JobFixtures.model();
        try (JobQueue queue = new JobQueue(store, JobFixtures.runner(store, model), Duration.ofSeconds(5))) {
            Job job = store.create(JobFixtures.three());
            queue.cancel(job.id());

            assertThat(queue.resume()).isZero();
            assertThat(queue.status(job.id()).state()).isEqualTo(JobState.CANCELLED);
            assertThat(model.requests()).isEmpty();
        }
    }
}

package warta.server.batch;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import warta.core.Warta;
import warta.core.batch.job.JobQueue;
import warta.server.WartaServerConfig;

/**
 * The server's batch jobs: core's {@link JobQueue} over {@code warta.jobs-dir}, so that they
 * survive restarts, with {@code warta.workers} model requests in flight through the engine's
 * adaptive limiter (inside its retry layer, counted in its metrics: see {@link Warta#jobs}).
 * Unfinished jobs are taken up again at start-up; at shutdown the articles in flight are waited
 * for up to {@code warta.request-timeout}, and their job is resumed at the next start.
 */
@ApplicationScoped
public class BatchJobs {

    private final JobQueue queue;

    @Inject
    BatchJobs(JobQueue queue) {
        this.queue = queue;
    }

    /** The jobs, over {@code warta.jobs-dir}; tests replace them with jobs on a disk that fills up. */
    @Produces
    @Singleton
    static JobQueue jobs(WartaServerConfig config, Warta warta) {
        return warta.jobs(config.jobsDir(), config.workers(), config.requestTimeout());
    }

    void resume(@Observes StartupEvent event) {
        queue.resume();
    }

    void stop(@Observes ShutdownEvent event) {
        queue.close();
    }

    /** The jobs. */
    public JobQueue queue() {
        return queue;
    }
}

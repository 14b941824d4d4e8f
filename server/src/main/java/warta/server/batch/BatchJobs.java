package warta.server.batch;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jboss.logging.Logger;
import warta.core.Warta;
import warta.core.batch.job.Job;
import warta.core.read.ArticleInput;
import warta.core.batch.job.JobRunner;
import warta.core.batch.job.JobStatus;
import warta.core.batch.job.JobStore;
import warta.server.WartaServerConfig;

/**
 * The server's batch jobs, kept in {@code warta.jobs-dir} so that they survive restarts. Jobs run
 * one at a time, oldest first, on a thread of their own (never the event loop), each with
 * {@code warta.workers} model requests in flight through the engine's adaptive limiter (inside its
 * retry layer, counted in its metrics: see {@link Warta#jobs}). At start-up
 * the queued and running jobs are taken up again; the ledger of each makes its finished articles
 * free. At shutdown no new article is taken up, the ones in flight are waited for (up to
 * {@code warta.request-timeout}), and the job is left running, to be resumed. Thread-safe.
 */
@ApplicationScoped
public class BatchJobs {

    private static final Logger LOG = Logger.getLogger(BatchJobs.class);

    private final JobStore store;
    private final JobRunner runner;
    private final WartaServerConfig config;
    private final Set<String> cancelled = ConcurrentHashMap.newKeySet();
    private final ExecutorService executor = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("warta-batch-jobs").daemon(true).factory());
    private volatile boolean stopping;

    @Inject
    BatchJobs(WartaServerConfig config, Warta warta) {
        this.config = config;
        this.store = new JobStore(config.jobsDir());
        this.runner = warta.jobs(store, config.workers());
    }

    void resume(@Observes StartupEvent event) {
        List<Job> unfinished = store.unfinished();
        if (!unfinished.isEmpty()) {
            LOG.infof("resuming %d unfinished batch job(s) in %s", unfinished.size(), store.root());
        }
        unfinished.forEach(job -> enqueue(job.id()));
    }

    void stop(@Observes ShutdownEvent event) {
        stopping = true;
        executor.shutdown();
        try {
            if (!executor.awaitTermination(config.requestTimeout().toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.warn("batch articles still in flight at shutdown; their jobs are resumed at the next start");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Keeps the articles as a new queued job and puts it in line. */
    public Job submit(List<ArticleInput> articles) {
        Job job = store.create(articles);
        enqueue(job.id());
        return job;
    }

    /**
     * Cancels a queued or running job: no article of it is taken up any more, the ones in flight
     * finish. A finished job keeps its state.
     *
     * @throws warta.core.batch.job.UnknownJobException when there is no such job
     */
    public Job cancel(String id) {
        Job job = store.markCancelled(id);
        cancelled.add(id);
        return job;
    }

    /** @throws warta.core.batch.job.UnknownJobException when there is no such job */
    public JobStatus status(String id) {
        return store.status(id);
    }

    /** @throws warta.core.batch.job.UnknownJobException when there is no such job */
    public Stream<String> results(String id) {
        return store.results(id);
    }

    private void enqueue(String id) {
        executor.execute(() -> run(id));
    }

    private void run(String id) {
        if (stopping || cancelled.contains(id)) {
            return;
        }
        try {
            runner.run(id, () -> stopping || cancelled.contains(id));
        } catch (RuntimeException e) {
            LOG.errorf("batch job %s failed: %s", id, e.getMessage());
        }
    }
}

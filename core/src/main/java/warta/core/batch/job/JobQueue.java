package warta.core.batch.job;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import warta.core.read.ArticleInput;

/**
 * The batch jobs of one {@link JobStore}, run one at a time, oldest first, on a thread of their
 * own by a {@link JobRunner}. {@link #resume} takes up the queued and running jobs a previous
 * process left (the ledger of each makes its finished articles free); {@link #close} takes no new
 * article, waits for the ones in flight, and leaves the job running, to be resumed. A job a full
 * disk stopped is taken up again by the next start, or as soon as a new job can be kept.
 * Thread-safe.
 */
public final class JobQueue implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(JobQueue.class);

    private final JobStore store;
    private final JobRunner runner;
    private final Duration drain;
    private final Set<String> cancelled = ConcurrentHashMap.newKeySet();
    private final ExecutorService executor = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("warta-batch-jobs").daemon(true).factory());
    private volatile boolean stopping;

    /** @param drain how long {@link #close} waits for the articles in flight */
    public JobQueue(JobStore store, JobRunner runner, Duration drain) {
        this.store = Objects.requireNonNull(store, "store");
        this.runner = Objects.requireNonNull(runner, "runner");
        this.drain = Objects.requireNonNull(drain, "drain");
    }

    /** Puts the unfinished jobs of the store in line again; returns how many. */
    public int resume() {
        List<Job> unfinished = store.unfinished();
        if (!unfinished.isEmpty()) {
            log.info("resuming {} unfinished batch job(s) in {}", unfinished.size(), store.root());
        }
        unfinished.forEach(job -> enqueue(job.id()));
        return unfinished.size();
    }

    /**
     * Keeps the articles as a new queued job and puts it in line, behind the jobs a full disk had
     * stalled: that the new job could be kept shows that there is space again.
     *
     * @throws warta.core.error.DiskFullException when the disk is full; no job is made
     */
    public Job submit(List<ArticleInput> articles) {
        Job job = store.create(articles);
        List<String> stalled = store.takeStalled();
        if (!stalled.isEmpty()) {
            log.info("taking up {} batch job(s) a full disk had stopped", stalled.size());
        }
        stalled.forEach(this::enqueue);
        enqueue(job.id());
        return job;
    }

    /**
     * Cancels a queued or running job: no article of it is taken up any more, the ones in flight
     * finish. A finished job keeps its state.
     *
     * @throws UnknownJobException when there is no such job
     */
    public Job cancel(String id) {
        Job job = store.markCancelled(id);
        cancelled.add(id);
        return job;
    }

    /** @throws UnknownJobException when there is no such job */
    public JobStatus status(String id) {
        return store.status(id);
    }

    /** The results finished so far, one JSON document a line. @throws UnknownJobException when there is no such job */
    public Stream<String> results(String id) {
        return store.results(id);
    }

    /**
     * The job's output folder (a {@link warta.core.batch.BatchRunner} folder with {@code index.jsonl}),
     * whose finished results a digest reuses. @throws UnknownJobException when there is no such job
     */
    public Path outputDir(String id) {
        return store.outputDir(id);
    }

    @Override
    public void close() {
        stopping = true;
        executor.shutdown();
        try {
            if (!executor.awaitTermination(drain.toMillis(), TimeUnit.MILLISECONDS)) {
                log.warn("batch articles still in flight at shutdown; their jobs are resumed at the next start");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
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
            log.error("batch job {} failed: {}", id, e.getMessage());
        }
    }
}

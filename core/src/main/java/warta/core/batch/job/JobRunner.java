package warta.core.batch.job;

import dev.langchain4j.model.chat.ChatModel;
import java.io.InputStream;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import warta.core.batch.BatchListener;
import warta.core.batch.BatchOptions;
import warta.core.batch.BatchReport;
import warta.core.batch.BatchRunner;
import warta.core.batch.source.BatchItem;
import warta.core.batch.source.BatchSources;
import warta.core.cache.ResponseCache;
import warta.core.error.DiskFullException;
import warta.core.error.SettingNames;
import warta.core.model.ModelConfig;
import warta.core.process.ArticleProcessor;
import warta.core.process.Task;

/**
 * Runs a job of a {@link JobStore} through a {@link BatchRunner} on its output folder: every
 * article is translated and summarised, once. Running a job again (after a crash or a shutdown)
 * costs nothing for the articles its ledger has as done, and the response cache answers the
 * requests an unfinished article had already made.
 *
 * <p>A job is marked running when it starts and done when every article was taken up and has
 * ended; when {@code stop} ends the run early it stays as it is (running, to be resumed; or
 * cancelled). A job whose folder cannot be used is marked failed. A full disk, whenever it strikes
 * (marking the job running, opening its folder, writing a result or the ledger, marking it done),
 * stops the job cleanly and {@link JobStore#markStalled stalls} it: failed, "no space left on
 * device writing the job's folder", to be run again when there is space. Thread-safe, but one job
 * must not be run by two callers at once (the batch lock refuses the second).
 */
public final class JobRunner {

    private static final Logger log = LoggerFactory.getLogger(JobRunner.class);

    private final JobStore store;
    private final BatchSources sources;
    private final Supplier<ModelConfig> config;
    private final ChatModel model;
    private final Function<ChatModel, ArticleProcessor> processors;
    private final int concurrency;
    private final ResponseCache cache;
    private final SettingNames names;

    /**
     * @param model the model for every job, with any limiter already around it
     * @param processors makes the processor from the model the batch prepares (see {@link BatchRunner#open})
     * @param concurrency model requests in flight at once
     */
    public JobRunner(
            JobStore store,
            BatchSources sources,
            ModelConfig config,
            ChatModel model,
            Function<ChatModel, ArticleProcessor> processors,
            int concurrency) {
        this(store, sources, config, model, null, processors, concurrency, SettingNames.FLAGS);
    }

    /**
     * As the constructor above, with the answers of every job kept in {@code cache} (null: each
     * job's output folder keeps its own), and the failure reasons of a job's articles naming the
     * settings they advise changing as {@code names} names them.
     */
    public JobRunner(
            JobStore store,
            BatchSources sources,
            ModelConfig config,
            ChatModel model,
            ResponseCache cache,
            Function<ChatModel, ArticleProcessor> processors,
            int concurrency,
            SettingNames names) {
        this(store, sources, constant(config), model, cache, processors, concurrency, names);
    }

    /**
     * As the constructor above, with the configuration asked when each job starts: an engine's
     * {@link warta.core.Warta#effectiveConfig()}, with what the model server said, which the job's
     * response cache keys with.
     */
    public JobRunner(
            JobStore store,
            BatchSources sources,
            Supplier<ModelConfig> config,
            ChatModel model,
            ResponseCache cache,
            Function<ChatModel, ArticleProcessor> processors,
            int concurrency,
            SettingNames names) {
        this.cache = cache;
        this.names = Objects.requireNonNull(names, "names");
        this.store = Objects.requireNonNull(store, "store");
        this.sources = Objects.requireNonNull(sources, "sources");
        this.config = Objects.requireNonNull(config, "config");
        this.model = Objects.requireNonNull(model, "model");
        this.processors = Objects.requireNonNull(processors, "processors");
        if (concurrency < 1) {
            throw new IllegalArgumentException("concurrency must be at least 1: " + concurrency);
        }
        this.concurrency = concurrency;
    }

    private static Supplier<ModelConfig> constant(ModelConfig config) {
        Objects.requireNonNull(config, "config");
        return () -> config;
    }

    /**
     * Runs the job until every article has ended or {@code stop} says so (the articles in flight
     * are finished either way). Empty when the job was not queued or running.
     *
     * @throws UnknownJobException when there is no such job
     */
    public Optional<BatchReport> run(String id, BooleanSupplier stop) {
        try {
            return attempt(id, stop);
        } catch (DiskFullException e) {
            stall(id, e);
            return Optional.empty();
        }
    }

    private Optional<BatchReport> attempt(String id, BooleanSupplier stop) {
        if (!store.markRunning(id).state().equals(JobState.RUNNING)) {
            return Optional.empty();
        }
        BatchOptions options = new BatchOptions(
                store.outputDir(id), EnumSet.of(Task.TRANSLATE, Task.SUMMARIZE), false, false, false, concurrency);
        BatchReport report;
        try (BatchRunner runner = BatchRunner.open(options, config.get(), model, cache, processors, names);
                Stream<BatchItem> items =
                        sources.items(List.of(store.inputFile(id).toString()), InputStream.nullInputStream())) {
            report = runner.run(items, BatchListener.NONE, stop);
        } catch (DiskFullException e) {
            throw e;
        } catch (RuntimeException e) {
            log.error("batch job {} could not run", id, e);
            store.markFailed(id, e.getMessage() == null ? e.toString() : e.getMessage());
            throw e;
        }
        if (report.stoppedBy() instanceof DiskFullException full) {
            stall(id, full);
        } else if (!report.interrupted()) {
            store.markDone(id);
        }
        log.info(
                "batch job {}: {} processed, {} unchanged, {} failed ({} tried again at the end){}",
                id,
                report.processed(),
                report.unchanged(),
                report.failed(),
                report.retriedAtEnd(),
                report.interrupted() ? ", stopped early" : "");
        return Optional.of(report);
    }

    private void stall(String id, DiskFullException e) {
        log.warn("batch job {} stopped: {}; it is taken up again when space is freed", id, e.getMessage());
        store.markStalled(id, e);
    }
}

package warta.core.batch;

import dev.langchain4j.model.chat.ChatModel;
import java.io.Closeable;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import warta.core.article.Article;
import warta.core.article.CleanArticle;
import warta.core.batch.dedup.NearDuplicates;
import warta.core.batch.dedup.Signature;
import warta.core.batch.dedup.SignatureStore;
import warta.core.batch.source.BatchItem;
import warta.core.cache.ResponseCache;
import warta.core.chunk.Chunker;
import warta.core.error.CancelledException;
import warta.core.error.DiskFullException;
import warta.core.error.InputException;
import warta.core.error.ModelException;
import warta.core.error.OutputException;
import warta.core.error.SettingNames;
import warta.core.error.WartaException;
import warta.core.files.AtomicFiles;
import warta.core.files.FileErrors;
import warta.core.model.ModelConfig;
import warta.core.process.ArticleProcessor;
import warta.core.process.ProcessListener;
import warta.core.result.ArticleResult;
import warta.core.result.ResultJson;
import warta.core.result.ResultMarkdown;
import warta.core.story.StoryBook;
import warta.core.story.StoryRules;
import warta.core.story.StoryTraits;
import warta.core.translate.TermMemory;

/**
 * Runs many articles through the {@link ArticleProcessor} into an output folder, once each:
 * {@code <id>.json} (and {@code .md}) per article, written atomically, {@code index.jsonl} with a
 * line per article, and in the hidden {@code .warta} folder the {@link Ledger} and the
 * near-duplicate signatures. Answers are kept in the engine's {@link ResponseCache}, or, for an
 * engine without one, in the folder's own ({@code .warta/responses}, unbounded).
 *
 * <p>Incremental and crash-safe: an article whose content, provider, model, prompt version and
 * tasks the ledger has as finished is skipped (unless {@code force}); an article is recorded
 * only after its result file is in place; a rerun after a crash redoes the unfinished articles,
 * and the response cache answers the requests that were already made. Failures of one article
 * (bad input, provider error after retries, failed checks) are recorded with their reason and
 * the batch goes on. Terms keep their renderings across the articles of a run: an article
 * starts with the renderings chosen by the articles the run finished before it began
 * ({@link TermMemory}; with several articles in flight, which ones those are depends on timing).
 * Which of two near-duplicates is the original, and the story an article joins, do not depend on
 * timing: both are decided in the order the items were handed out ({@link Turns}).
 * Items are taken from the stream as workers free up ({@code 2 × concurrency}
 * articles in flight at most), so memory does not grow with the batch. One runner per output folder at a time (a lock file says so). Not thread-safe:
 * one {@link #run} at a time.
 */
public final class BatchRunner implements Closeable {

    private static final Logger log = LoggerFactory.getLogger(BatchRunner.class);
    /**
     * Articles in flight per allowed request: while one article reads, checks or writes, another
     * one's request keeps the model busy. The requests themselves are capped by the caller's
     * limiter (see {@link AdaptiveLimiter}).
     */
    static final int ARTICLES_PER_REQUEST_SLOT = 2;
    /** How often a run that waits asks whether it is to cancel. */
    static final Duration POLL = Duration.ofMillis(100);
    /** Said of an article that failed on the second pass too. */
    static final String AGAIN = " (failed again when tried at the end of the run)";

    private final BatchOptions options;
    private final SettingNames names;
    private final ModelConfig config;
    private final ArticleProcessor processor;
    private final Ledger ledger;
    private final SignatureStore signatures;
    private final NearDuplicates duplicates;
    private final StoryBook stories;
    private final FileChannel lockChannel;
    private final FileLock lock;
    /** The renderings of terms chosen by the articles this run has finished (see {@link #run}). */
    private volatile TermMemory runMemory = new TermMemory();

    private final InFlight inFlight = new InFlight();

    private BatchRunner(
            BatchOptions options,
            ModelConfig config,
            ArticleProcessor processor,
            Ledger ledger,
            SignatureStore signatures,
            StoryBook stories,
            FileChannel lockChannel,
            FileLock lock,
            SettingNames names) {
        this.names = names;
        this.options = options;
        this.config = config;
        this.processor = processor;
        this.ledger = ledger;
        this.signatures = signatures;
        this.duplicates = signatures.load(NearDuplicates.DEFAULT_THRESHOLD);
        this.stories = stories;
        this.lockChannel = lockChannel;
        this.lock = lock;
    }

    /**
     * Opens the output folder (creating it) for a batch.
     *
     * @param processors makes the processor from the model the runner prepares (the caller's
     *     model with the response cache around it)
     * @throws InputException when the folder cannot be written or another batch holds it
     * @throws DiskFullException when the disk is full (or the quota spent)
     */
    public static BatchRunner open(
            BatchOptions options,
            ModelConfig config,
            ChatModel model,
            java.util.function.Function<ChatModel, ArticleProcessor> processors) {
        return open(options, config, model, null, processors, SettingNames.FLAGS);
    }

    /**
     * As {@link #open(BatchOptions, ModelConfig, ChatModel, java.util.function.Function)}, with
     * the answers kept in {@code cache}, or in the folder's own cache when it is null (a forced
     * batch asks the model again and replaces the kept answers), and the failure reasons of
     * articles (the report, the index) advising settings as {@code names} names them.
     */
    public static BatchRunner open(
            BatchOptions options,
            ModelConfig config,
            ChatModel model,
            ResponseCache cache,
            java.util.function.Function<ChatModel, ArticleProcessor> processors,
            SettingNames names) {
        Objects.requireNonNull(names, "names");
        Path state = options.stateDir();
        FileChannel channel = null;
        try {
            Files.createDirectories(state);
            channel = FileChannel.open(state.resolve("lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                throw new InputException(options.outDir() + " is in use by another warta batch");
            }
            ResponseCache answers =
                    cache != null ? cache : new ResponseCache(state.resolve("responses"), Long.MAX_VALUE);
            ChatModel cached = answers.around(model, config, !options.force());
            return new BatchRunner(
                    options,
                    config,
                    processors.apply(cached),
                    Ledger.open(state.resolve("ledger.jsonl")),
                    SignatureStore.open(state.resolve("signatures.jsonl")),
                    StoryBook.open(state.resolve("stories.jsonl"), StoryRules.DEFAULTS),
                    channel,
                    lock,
                    names);
        } catch (java.nio.channels.OverlappingFileLockException e) {
            closeQuietly(channel);
            throw new InputException(options.outDir() + " is in use by another warta batch");
        } catch (IOException | RuntimeException e) {
            closeQuietly(channel);
            Optional<DiskFullException> full = FileErrors.diskFull(e, options.outDir());
            if (full.isPresent()) {
                throw full.get();
            }
            throw e instanceof RuntimeException r
                    ? r
                    : new InputException(
                            "cannot use " + options.outDir() + " as the output folder: " + e.getMessage(), e);
        }
    }

    /** Closes the lock file of a folder that could not be opened, so that a later try may take it. */
    private static void closeQuietly(FileChannel channel) {
        try {
            if (channel != null) {
                channel.close();
            }
        } catch (IOException e) {
            log.debug("closing the lock file: {}", e.getMessage());
        }
    }

    /**
     * Runs every item of {@code items} not yet finished, {@code concurrency} at a time, until the
     * stream ends or {@code stop} says so (then the articles in flight are finished, and no new one
     * is taken up; see {@link #run(Stream, BatchListener, BooleanSupplier, BooleanSupplier)} to cancel
     * them instead). Articles that failed on the provider's temporary state (rate limited, server
     * errors, timeouts, unreachable: {@link ModelException.Kind#temporary()}) get a second pass
     * once the others have ended, unless the run was stopped; only an article that fails again is
     * counted as failed. The index is rewritten at the end, whatever happened.
     *
     * <p>A full disk (or a spent quota) stops the run the same way: no new article is taken up,
     * and an article in flight that cannot write its result or its ledger entry is left unrecorded
     * (every file whole, as before it began), to be done by the next run. The report says so in
     * {@link BatchReport#stoppedBy()} and counts what was not attempted.
     */
    public BatchReport run(Stream<BatchItem> items, BatchListener listener, BooleanSupplier stop) {
        return run(items, listener, stop, () -> false);
    }

    /**
     * As {@link #run(Stream, BatchListener, BooleanSupplier)}, and once {@code cancel} says so (asked
     * about every {@link #POLL} while the run waits), the model requests in flight are cancelled
     * too: their articles are left unrecorded ({@link ItemOutcome.Status#ABANDONED}, done by the
     * next run), the articles already writing their results finish, and the index is written. A
     * run stops this way within about a second of {@code cancel}, whatever the model's timeout;
     * {@code cancel} implies {@code stop}. The CLI's answer to SIGTERM and Ctrl-C.
     */
    public BatchReport run(
            Stream<BatchItem> items, BatchListener listener, BooleanSupplier stop, BooleanSupplier cancel) {
        inFlight.reset();
        BooleanSupplier stopOrCancel = () -> stop.getAsBoolean() || cancel.getAsBoolean();
        return runPasses(items, listener, stopOrCancel, cancel);
    }

    private BatchReport runPasses(
            Stream<BatchItem> items, BatchListener listener, BooleanSupplier stop, BooleanSupplier cancel) {
        long start = System.nanoTime();
        runMemory = remembered(ledger);
        Counters counters = new Counters();
        AtomicReference<WartaException> fault = new AtomicReference<>();
        Queue<Deferred> deferred = new ConcurrentLinkedQueue<>();
        PassEnd first = pass(items, listener, stop, cancel, counters, deferred, fault);
        boolean interrupted = first.interrupted();
        Map<String, Deferred> left = new LinkedHashMap<>();
        deferred.forEach(d -> left.put(d.item().id(), d));
        if (!interrupted && fault.get() == null && !left.isEmpty()) {
            log.info("trying {} articles again that failed on the provider's temporary state", left.size());
            counters.retriedAtEnd.set(left.size());
            // an item leaves `left` when the pass takes it up, so a stop leaves the rest there
            Stream<BatchItem> again = List.copyOf(left.keySet()).stream()
                    .map(id -> left.remove(id).item());
            interrupted =
                    pass(again, listener, stop, cancel, counters, null, fault).interrupted();
        }
        left.values().forEach(d -> finish(d.outcome(), listener, counters));
        return counters.report(
                Duration.ofNanos(System.nanoTime() - start), interrupted, fault.get(), first.notAttempted());
    }

    /**
     * The terminology memory the ledger's articles built, in the order they were recorded: a run
     * starts where the last one on this folder ended, so a rerun after a crash sends an unfinished
     * article the same renderings (and the response cache answers its chunks again).
     */
    private static TermMemory remembered(Ledger ledger) {
        TermMemory memory = new TermMemory();
        for (LedgerEntry entry : ledger.entries()) {
            for (LedgerEntry.TermChoice choice : entry.terms()) {
                memory.choose(choice.key(), new TermMemory.Rendering(choice.source(), choice.english()));
            }
        }
        return memory;
    }

    /** How a pass ended: stopped early, and (after a full disk on the first pass) how many items it never took up. */
    private record PassEnd(boolean interrupted, int notAttempted) {}

    /**
     * One pass over {@code items}. On the first pass ({@code deferred} not null) an article that
     * failed on the provider's temporary state is put there instead of being counted, and the items
     * a full disk kept from being taken up are counted.
     */
    private PassEnd pass(
            Stream<BatchItem> items,
            BatchListener listener,
            BooleanSupplier stop,
            BooleanSupplier cancel,
            Counters counters,
            Queue<Deferred> deferred,
            AtomicReference<WartaException> fault) {
        int workers = options.concurrency() * ARTICLES_PER_REQUEST_SLOT;
        ExecutorService pool = Executors.newFixedThreadPool(
                workers, Thread.ofPlatform().name("warta-batch-", 0).factory());
        Semaphore slots = new Semaphore(workers);
        Set<String> taken = new HashSet<>();
        Turns turns = new Turns();
        boolean interrupted = false;
        int notAttempted = 0;
        try (items) {
            Iterator<BatchItem> iterator = items.iterator();
            while (true) {
                while (!slots.tryAcquire(POLL.toMillis(), TimeUnit.MILLISECONDS)) {
                    cancelIfAsked(cancel);
                }
                if (stop.getAsBoolean() || fault.get() != null) {
                    slots.release();
                    interrupted = true;
                    break;
                }
                if (!iterator.hasNext()) {
                    slots.release();
                    break;
                }
                BatchItem item = iterator.next();
                if (!taken.add(item.id())) {
                    slots.release();
                    continue;
                }
                Turns.Turn turn = turns.next();
                pool.submit(() -> {
                    try {
                        work(item, turn, listener, counters, deferred, fault);
                    } finally {
                        turn.done();
                        slots.release();
                    }
                });
            }
            if (fault.get() != null && deferred != null) {
                notAttempted = NotAttempted.count(
                        iterator,
                        taken,
                        id -> ledger.latest(id).filter(LedgerEntry::finished).isPresent());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            interrupted = true;
        } finally {
            pool.shutdown();
            awaitQuietly(pool, cancel);
            writeIndex(fault);
        }
        return new PassEnd(interrupted, notAttempted);
    }

    /**
     * Settles one item. A full disk is the run's fault, not the article's: the article is left
     * unrecorded ({@link ItemOutcome.Status#ABANDONED}) and the run stops taking new ones.
     */
    private void work(
            BatchItem item,
            Turns.Turn turn,
            BatchListener listener,
            Counters counters,
            Queue<Deferred> deferred,
            AtomicReference<WartaException> fault) {
        listener.started(item.id());
        ItemOutcome outcome;
        try {
            outcome = settle(item, turn, deferred);
            if (outcome == null) {
                return; // deferred to the second pass
            }
        } catch (RuntimeException e) {
            DiskFullException full = FileErrors.diskFull(e, options.outDir()).orElseThrow(() -> e);
            if (fault.compareAndSet(null, full)) {
                log.debug("the batch stops: {}", full.getMessage(), e);
            }
            outcome = new ItemOutcome(item.id(), ItemOutcome.Status.ABANDONED, full.getMessage(), 0, 0);
        }
        finish(outcome, listener, counters);
    }

    private static void finish(ItemOutcome outcome, BatchListener listener, Counters counters) {
        counters.add(outcome);
        listener.finished(outcome);
    }

    /**
     * Attempts the item and records how it ended; null when it failed on the provider's temporary
     * state on the first pass and waits in {@code deferred}. A full disk is passed on, since
     * nothing can be recorded.
     */
    private ItemOutcome settle(BatchItem item, Turns.Turn turn, Queue<Deferred> deferred) {
        try {
            return attempt(item, turn);
        } catch (CancelledException e) {
            ItemOutcome.Status status = inFlight.cancelled() ? ItemOutcome.Status.ABANDONED : ItemOutcome.Status.FAILED;
            return new ItemOutcome(item.id(), status, "cancelled", 0, 0);
        } catch (ModelException e) {
            if (e.kind().temporary() && deferred != null) {
                deferred.add(new Deferred(item, fail(item, null, e.message(names))));
                return null;
            }
            return fail(item, null, e.message(names) + (deferred == null ? AGAIN : ""));
        } catch (WartaException e) {
            passOnDiskFull(e);
            return fail(item, null, e.message(names));
        } catch (RuntimeException e) {
            passOnDiskFull(e);
            log.error("unexpected error on {}", item.id(), e);
            return fail(item, null, "unexpected error: " + e);
        }
    }

    private static void passOnDiskFull(RuntimeException e) {
        if (FileErrors.isDiskFull(e)) {
            throw e;
        }
    }

    private ItemOutcome attempt(BatchItem item, Turns.Turn turn) {
        Article article = item.load();
        String key = key(article);
        Optional<LedgerEntry> previous = ledger.latest(item.id());
        if (!options.force()
                && previous.filter(e -> e.key().equals(key) && e.finished() && resultExists(e))
                        .isPresent()) {
            return new ItemOutcome(item.id(), ItemOutcome.Status.UNCHANGED, null, 0, 0);
        }
        CleanArticle clean = processor.prepare(article);
        Signature signature = Signature.of(Chunker.join(clean.paragraphs()));
        StoryTraits traits = StoryTraits.of(item.id(), clean);
        // which of two near-duplicates is the original, and so the stories, follow the order the
        // articles were handed out in, whichever is read and prepared first
        turn.await();
        Optional<String> duplicateOf = duplicateOf(item.id(), signature, previous, key);
        String story = stories.place(traits, duplicateOf.orElse(null));
        turn.done();
        if (duplicateOf.isPresent() && options.skipDuplicates()) {
            String reason = "near-duplicate of " + duplicateOf.get();
            ledger.append(entry(
                    item, key, LedgerEntry.Status.DUPLICATE, reason, null, duplicateOf.get(), story, null, List.of()));
            return new ItemOutcome(item.id(), ItemOutcome.Status.DUPLICATE, reason, 0, 0);
        }
        TermMemory memory = runMemory.copy();
        Set<String> known = memory.asMap().keySet();
        ArticleResult result = inFlight.modelWork(
                () -> processor.process(item.id(), clean, options.tasks(), ProcessListener.NONE, memory));
        if (duplicateOf.isPresent()) {
            result = result.withDuplicateOf(duplicateOf.get());
        }
        result = result.withStory(story);
        String path = write(result);
        LedgerEntry.Status status = result.checks().passed() ? LedgerEntry.Status.DONE : LedgerEntry.Status.FAILED;
        String reason = result.checks().passed()
                ? null
                : "checks failed: " + result.checks().counts();
        List<LedgerEntry.TermChoice> chosen = new ArrayList<>();
        memory.asMap().forEach((term, rendering) -> {
            if (!known.contains(term)) {
                chosen.add(new LedgerEntry.TermChoice(term, rendering.source(), rendering.english()));
            }
        });
        ledger.append(entry(item, key, status, reason, path, duplicateOf.orElse(null), story, result, chosen));
        runMemory.addAll(memory);
        return new ItemOutcome(
                item.id(),
                ItemOutcome.Status.of(status),
                reason,
                result.usage().inputTokens(),
                result.usage().outputTokens(),
                result.usage().cachedInputTokens());
    }

    /**
     * The earlier article this one nearly repeats, recording this one for the articles after it.
     * An article redone unchanged (forced) keeps the answer it had, since it is already recorded.
     * Called in the article's turn, so that "earlier" means handed out earlier.
     */
    private Optional<String> duplicateOf(String id, Signature signature, Optional<LedgerEntry> previous, String key) {
        Optional<String> earlier = duplicates.add(id, signature);
        signatures.append(id, signature);
        if (earlier.isEmpty() && previous.isPresent() && previous.get().key().equals(key)) {
            return Optional.ofNullable(previous.get().duplicateOf());
        }
        return earlier;
    }

    private ItemOutcome fail(BatchItem item, String key, String reason) {
        ledger.append(entry(
                item,
                key == null ? "" : key,
                LedgerEntry.Status.FAILED,
                reason,
                null,
                null,
                stories.storyOf(item.id()),
                null,
                List.of()));
        return new ItemOutcome(item.id(), ItemOutcome.Status.FAILED, reason, 0, 0);
    }

    private String write(ArticleResult result) {
        try {
            String json = result.id() + ".json";
            AtomicFiles.write(
                    options.outDir().resolve(json), ResultJson.toNode(result).toPrettyString() + "\n");
            if (options.markdown()) {
                AtomicFiles.write(options.outDir().resolve(result.id() + ".md"), ResultMarkdown.render(result));
            }
            return json;
        } catch (IOException e) {
            throw new OutputException("cannot write the result of " + result.id() + ": " + FileErrors.reason(e), e);
        }
    }

    private boolean resultExists(LedgerEntry entry) {
        return entry.path() == null || Files.exists(options.outDir().resolve(entry.path()));
    }

    private LedgerEntry entry(
            BatchItem item,
            String key,
            LedgerEntry.Status status,
            String reason,
            String path,
            String duplicateOf,
            String story,
            ArticleResult result,
            List<LedgerEntry.TermChoice> terms) {
        var checks = result == null ? null : result.checks();
        var usage = result == null ? null : result.usage();
        return new LedgerEntry(
                item.id(),
                key,
                status,
                reason,
                item.source().label(),
                path,
                duplicateOf,
                checks != null && checks.passed(),
                checks == null ? 0 : checks.untranslated().size(),
                checks == null ? 0 : checks.omitted().size(),
                checks == null ? 0 : checks.unsupported().size(),
                usage == null ? 0 : usage.requests(),
                usage == null ? 0 : usage.inputTokens(),
                usage == null ? 0 : usage.outputTokens(),
                Instant.now().toString(),
                terms,
                story);
    }

    /** The ledger key: the article's content and everything that shapes its result. */
    private String key(Article article) {
        return ResultKey.of(article, config, processor.promptVersion(), options.tasks());
    }

    /** Rewrites the index from the ledger; a full disk leaves the old one and becomes the run's fault. */
    private void writeIndex(AtomicReference<WartaException> fault) {
        StringBuilder index = new StringBuilder();
        for (LedgerEntry entry : ledger.entries()) {
            index.append(IndexLine.of(entry)).append('\n');
        }
        try {
            AtomicFiles.write(options.outDir().resolve("index.jsonl"), index.toString());
        } catch (IOException e) {
            Optional<DiskFullException> full = FileErrors.diskFull(e, options.outDir());
            if (full.isPresent()) {
                fault.compareAndSet(null, full.get());
            } else {
                log.error("cannot write {}: {}", options.outDir().resolve("index.jsonl"), FileErrors.reason(e));
            }
        }
    }

    /** Waits for the articles in flight, cancelling their requests once {@code cancel} says so. */
    private void awaitQuietly(ExecutorService pool, BooleanSupplier cancel) {
        try {
            long polls = 0;
            while (!pool.awaitTermination(POLL.toMillis(), TimeUnit.MILLISECONDS)) {
                cancelIfAsked(cancel);
                if (++polls % (Duration.ofMinutes(1).toMillis() / POLL.toMillis()) == 0) {
                    log.info("waiting for the articles in flight to finish");
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            pool.shutdownNow();
        }
    }

    private void cancelIfAsked(BooleanSupplier cancel) {
        if (cancel.getAsBoolean() && !inFlight.cancelled()) {
            log.info("cancelling the model requests in flight");
            inFlight.cancel();
        }
    }

    @Override
    public void close() {
        try {
            ledger.close();
            signatures.close();
            stories.close();
            lock.release();
            lockChannel.close();
        } catch (IOException e) {
            log.warn("closing the batch state: {}", e.getMessage());
        }
    }

    /** An article put aside for the second pass, with the outcome of its first. */
    private record Deferred(BatchItem item, ItemOutcome outcome) {}

    /** The run's figures, added to by the workers. */
    private static final class Counters {
        final AtomicInteger processed = new AtomicInteger();
        final AtomicInteger unchanged = new AtomicInteger();
        final AtomicInteger duplicates = new AtomicInteger();
        final AtomicInteger abandoned = new AtomicInteger();
        final List<ItemOutcome> failures = new ArrayList<>();
        final AtomicLong inputTokens = new AtomicLong();
        final AtomicLong outputTokens = new AtomicLong();
        final AtomicLong cachedInputTokens = new AtomicLong();
        final AtomicInteger retriedAtEnd = new AtomicInteger();

        void add(ItemOutcome outcome) {
            inputTokens.addAndGet(outcome.inputTokens());
            outputTokens.addAndGet(outcome.outputTokens());
            cachedInputTokens.addAndGet(outcome.cachedInputTokens());
            switch (outcome.status()) {
                case PROCESSED -> processed.incrementAndGet();
                case UNCHANGED -> unchanged.incrementAndGet();
                case DUPLICATE -> duplicates.incrementAndGet();
                case ABANDONED -> abandoned.incrementAndGet();
                case FAILED -> {
                    synchronized (failures) {
                        failures.add(outcome);
                    }
                }
            }
        }

        BatchReport report(Duration wall, boolean interrupted, WartaException stoppedBy, int notTaken) {
            synchronized (failures) {
                return new BatchReport(
                        processed.get(),
                        unchanged.get(),
                        duplicates.get(),
                        failures,
                        inputTokens.get(),
                        outputTokens.get(),
                        retriedAtEnd.get(),
                        wall,
                        interrupted,
                        stoppedBy,
                        abandoned.get() + notTaken,
                        cachedInputTokens.get());
            }
        }
    }
}

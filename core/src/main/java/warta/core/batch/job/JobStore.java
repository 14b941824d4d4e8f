package warta.core.batch.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import warta.core.batch.LedgerEntry;
import warta.core.batch.job.ArticleStatus.Standing;
import warta.core.error.DiskFullException;
import warta.core.error.InputException;
import warta.core.files.AtomicFiles;
import warta.core.files.FileErrors;
import warta.core.read.ArticleInput;

/**
 * Batch jobs kept in a folder, one subfolder per job, so that they survive restarts:
 * <pre>
 * &lt;root&gt;/&lt;id&gt;/job.json      id, created, state, total (and error)
 *                /input.jsonl   the articles, one JSON Lines line each, in the format BatchSources reads
 *                /ids.txt       the articles' ids, one a line, in input order
 *                /out/          the BatchRunner output folder: &lt;articleId&gt;.json, index.jsonl, .warta/ledger.jsonl
 * </pre>
 *
 * <p>Crash-safe: a job is written into a hidden staging folder and renamed into place in one step,
 * so a crash while creating leaves no half-made job (the stray {@code .new-*} folder is removed by
 * {@link #unfinished()}); {@code job.json} is only ever replaced whole ({@link AtomicFiles}). A job
 * folder whose {@code job.json} is missing or unreadable is ignored, with a warning.
 *
 * <p>A full disk ({@link DiskFullException}) is nobody's fault and passes: creating a job then
 * fails with it and leaves nothing behind, and a job it stopped is {@link #markStalled stalled}:
 * failed, with the reason, for as long as this store lasts, while its {@code job.json} keeps the
 * state it had (it may not even be writable), so that it is taken up again at the next start, or
 * earlier through {@link #takeStalled} once space is back.
 *
 * <p>Ids are 32 lower-case hex digits from a {@link SecureRandom}; anything else (a path, "..") is
 * no job. Thread-safe: state changes are serialised; reads see whole files only. The constructor
 * does no I/O.
 */
public final class JobStore {

    private static final Logger log = LoggerFactory.getLogger(JobStore.class);
    private static final Pattern ID = Pattern.compile("[0-9a-f]{32}");
    private static final String STAGING = ".new-";

    private final Path root;
    private final SecureRandom random = new SecureRandom();
    private final Object lock = new Object();
    /** The jobs a full disk stopped, with the error they show; guarded by {@link #lock}. */
    private final Map<String, String> stalled = new HashMap<>();

    public JobStore(Path root) {
        this.root = Objects.requireNonNull(root, "root").toAbsolutePath();
    }

    /** The folder that holds the jobs. */
    public Path root() {
        return root;
    }

    /**
     * Creates a queued job of {@code articles}. An article without an id gets its position (from 1);
     * ids are made safe as file names as {@link warta.core.article.ArticleIds#safe} does.
     *
     * @throws InputException when there are no articles, or two come out with the same id
     * @throws DiskFullException when the disk is full; nothing of the job is left
     */
    public Job create(List<ArticleInput> articles) {
        Objects.requireNonNull(articles, "articles");
        if (articles.isEmpty()) {
            throw new InputException("a batch job needs at least one article");
        }
        List<ArticleInput> named = JobIds.assign(articles);
        Job job = new Job(newId(), Instant.now(), JobState.QUEUED, named.size(), null);
        synchronized (lock) {
            Path staging = root.resolve(STAGING + job.id());
            try {
                Files.createDirectories(root);
                Files.createDirectories(staging);
                writeInput(staging, named);
                AtomicFiles.write(staging.resolve(JobFiles.JOB), JobFiles.jobJson(job));
                moveIntoPlace(staging, root.resolve(job.id()));
            } catch (IOException e) {
                removeTree(staging);
                throw FileErrors.diskFull(e, root)
                        .map(RuntimeException.class::cast)
                        .orElseGet(() -> new UncheckedIOException("cannot create a batch job in " + root, e));
            }
        }
        return job;
    }

    /**
     * The job with this id (failed when a full disk {@link #markStalled stalled} it); empty for an
     * unknown or malformed id.
     */
    public Optional<Job> find(String id) {
        return saved(id).map(job -> {
            synchronized (lock) {
                String error = stalled.get(id);
                return error != null && job.state().unfinished() ? job.withState(JobState.FAILED, error) : job;
            }
        });
    }

    /** The job as its {@code job.json} has it. */
    private Optional<Job> saved(String id) {
        if (id == null || !ID.matcher(id).matches()) {
            return Optional.empty();
        }
        return JobFiles.readJob(root.resolve(id), id);
    }

    /**
     * The jobs still to be worked on (queued or running), oldest first. Also removes what a crash
     * left of a job being created.
     */
    public List<Job> unfinished() {
        synchronized (lock) {
            if (!Files.isDirectory(root)) {
                return List.of();
            }
            List<Job> jobs = new ArrayList<>();
            try (DirectoryStream<Path> dirs = Files.newDirectoryStream(root)) {
                for (Path dir : dirs) {
                    String name = dir.getFileName().toString();
                    if (name.startsWith(STAGING)) {
                        removeStaging(dir);
                    } else {
                        find(name).filter(j -> j.state().unfinished()).ifPresent(jobs::add);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list the batch jobs in " + root, e);
            }
            jobs.sort(Comparator.comparing(Job::created).thenComparing(Job::id));
            return jobs;
        }
    }

    /** Marks a queued or running job as running; a finished one keeps its state. */
    public Job markRunning(String id) {
        return move(id, Set.of(JobState.QUEUED, JobState.RUNNING), JobState.RUNNING, null);
    }

    /** Marks a queued or running job as done; a cancelled one stays cancelled. */
    public Job markDone(String id) {
        return move(id, Set.of(JobState.QUEUED, JobState.RUNNING), JobState.DONE, null);
    }

    /** Marks a queued or running job as cancelled, so it is never resumed; a finished one keeps its state. */
    public Job markCancelled(String id) {
        return move(id, Set.of(JobState.QUEUED, JobState.RUNNING), JobState.CANCELLED, null);
    }

    /**
     * Marks a queued or running job as one that could not run, saying why; the job's folder is not
     * named in {@code error} (it becomes "the job's folder").
     */
    public Job markFailed(String id, String error) {
        Objects.requireNonNull(error, "error");
        return move(
                id,
                Set.of(JobState.QUEUED, JobState.RUNNING),
                JobState.FAILED,
                new JobPaths(root.resolve(id)).hide(error));
    }

    /**
     * Marks a queued or running job that a full disk stopped: it shows as failed, with
     * {@code full}'s reason ("no space left on device writing the job's folder"), until it is
     * taken up again ({@link #takeStalled}, or a new store at the next start: its {@code job.json}
     * is left as it was). Another state change (cancelled, running) ends the stall. Writes nothing.
     */
    public Job markStalled(String id, DiskFullException full) {
        synchronized (lock) {
            Job job = saved(id).orElseThrow(() -> new UnknownJobException(id));
            if (job.state().unfinished()) {
                stalled.put(id, full.reason() + " writing the job's folder");
            }
            return find(id).orElseThrow(() -> new UnknownJobException(id));
        }
    }

    /** The jobs a full disk stalled, oldest first, no longer stalled: to be run again now that there is space. */
    public List<String> takeStalled() {
        synchronized (lock) {
            List<Job> jobs = new ArrayList<>();
            stalled.keySet().forEach(id -> saved(id).ifPresent(jobs::add));
            stalled.clear();
            return jobs.stream()
                    .filter(job -> job.state().unfinished())
                    .sorted(Comparator.comparing(Job::created).thenComparing(Job::id))
                    .map(Job::id)
                    .toList();
        }
    }

    /**
     * The job and each article's standing, from its ledger: an article is {@code done},
     * {@code failed} or {@code duplicate} by its latest ledger entry, else {@code pending}. Reasons
     * name an article by its place ({@code articles[2]}), never by the job's files.
     *
     * @throws UnknownJobException when there is no such job
     */
    public JobStatus status(String id) {
        Job job = require(id);
        Path dir = root.resolve(id);
        try {
            Map<String, LedgerEntry> ledger = JobFiles.ledger(dir);
            JobPaths paths = new JobPaths(dir);
            List<ArticleStatus> articles = JobFiles.ids(dir).stream()
                    .map(a -> standing(a, ledger.get(a), paths))
                    .toList();
            Map<Standing, Integer> counts = counts(articles);
            return new JobStatus(
                    job,
                    counts.get(Standing.DONE),
                    counts.get(Standing.FAILED),
                    counts.get(Standing.DUPLICATE),
                    counts.get(Standing.PENDING),
                    articles);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read batch job " + id, e);
        }
    }

    /**
     * The result documents written so far, one compact JSON line each, in input order, with
     * {@code source.path} null (it would name the job's input file; a URL stays). An article
     * whose result failed its checks has a document too (its {@code checks.passed} is false); one
     * that failed before a result was made, a duplicate skipped, or a pending one has none. The
     * files are read as the stream is consumed.
     *
     * @throws UnknownJobException when there is no such job
     */
    public Stream<String> results(String id) {
        require(id);
        Path dir = root.resolve(id);
        try {
            Map<String, LedgerEntry> ledger = JobFiles.ledger(dir);
            Path out = outputDir(id);
            return JobFiles.ids(dir).stream()
                    .map(ledger::get)
                    .filter(e -> e != null && e.path() != null)
                    .map(e -> out.resolve(e.path()))
                    .filter(Files::isRegularFile)
                    .map(JobStore::compact);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read batch job " + id, e);
        }
    }

    /** The job's articles as a JSON Lines file for {@link warta.core.batch.source.BatchSources}. */
    public Path inputFile(String id) {
        require(id);
        return root.resolve(id).resolve(JobFiles.INPUT);
    }

    /** The job's {@link warta.core.batch.BatchRunner} output folder. */
    public Path outputDir(String id) {
        require(id);
        return root.resolve(id).resolve(JobFiles.OUT);
    }

    private Job require(String id) {
        return find(id).orElseThrow(() -> new UnknownJobException(id));
    }

    /** Writes the job's new state when it is in one of {@code from}; a stalled job is as its {@code job.json} says. */
    private Job move(String id, Set<JobState> from, JobState to, String error) {
        synchronized (lock) {
            Job job = saved(id).orElseThrow(() -> new UnknownJobException(id));
            if (!from.contains(job.state()) || job.state() == to) {
                return find(id).orElse(job);
            }
            Job moved = job.withState(to, error);
            Path dir = root.resolve(id);
            try {
                AtomicFiles.write(dir.resolve(JobFiles.JOB), JobFiles.jobJson(moved));
            } catch (IOException e) {
                throw FileErrors.diskFull(e, dir)
                        .map(RuntimeException.class::cast)
                        .orElseGet(() -> new UncheckedIOException("cannot update batch job " + id, e));
            }
            stalled.remove(id);
            return moved;
        }
    }

    private static ArticleStatus standing(String id, LedgerEntry entry, JobPaths paths) {
        return entry == null
                ? ArticleStatus.pending(id)
                : new ArticleStatus(id, Standing.of(entry.status()), paths.hide(entry.reason()));
    }

    /** How many articles stand each way; every standing is a key, with 0 when none does. */
    private static Map<Standing, Integer> counts(List<ArticleStatus> articles) {
        Map<Standing, Integer> counts = new EnumMap<>(Standing.class);
        for (Standing standing : Standing.values()) {
            counts.put(standing, 0);
        }
        articles.forEach(a -> counts.merge(a.standing(), 1, Integer::sum));
        return counts;
    }

    private static void writeInput(Path dir, List<ArticleInput> articles) throws IOException {
        StringBuilder input = new StringBuilder();
        StringBuilder ids = new StringBuilder();
        for (ArticleInput article : articles) {
            input.append(JobFiles.inputLine(article)).append('\n');
            ids.append(article.id()).append('\n');
        }
        AtomicFiles.write(dir.resolve(JobFiles.INPUT), input.toString());
        AtomicFiles.write(dir.resolve(JobFiles.IDS), ids.toString());
    }

    private static void moveIntoPlace(Path staging, Path target) throws IOException {
        try {
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(staging, target);
        }
    }

    private static void removeStaging(Path dir) {
        log.warn("removing {}, a batch job whose creation a crash interrupted", dir);
        removeTree(dir);
    }

    /**
     * Removes {@code dir} and what it holds, if it is there; a failure is only logged (a stray
     * {@code .new-*} folder is removed at the next start).
     */
    private static void removeTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            log.warn("cannot remove {}: {}", dir, e.getMessage());
        }
    }

    private static String compact(Path result) {
        try {
            return JobFiles.compact(result);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + result, e);
        }
    }

    private String newId() {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}

package warta.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import warta.core.Warta;
import warta.core.batch.BatchOptions;
import warta.core.batch.BatchReport;
import warta.core.batch.BatchRunner;
import warta.core.batch.ItemOutcome;
import warta.core.daily.DailyDigests;
import warta.core.error.InputException;
import warta.core.error.ModelException;
import warta.core.process.Task;

/**
 * {@code warta batch}: translates and summarizes every new article of the sources into an output
 * folder, once each, resumable after any crash. Exit codes: 0 all done, 3 some articles failed,
 * 1 nothing could run (a source that is not there, or a provider that cannot be used, found
 * before any work) or the run was stopped by a full disk (one line says so, and how many articles
 * were not attempted; a rerun does them).
 */
@Command(
        name = "batch",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = {
            "Process every new article of files, folders, JSON Lines files, feeds, .feeds lists or '-' (paths/URLs"
                    + " on stdin)",
            "into DIR: <id>.json (+ .md), index.jsonl, and a ledger in DIR/.warta that makes reruns free."
        },
        footer = {
            "",
            "Exit codes: 0 all done, 3 some articles failed, 1 nothing could run or a full disk stopped the run,",
            "2 usage."
        })
final class BatchCommand implements Callable<Integer> {

    static final int SOME_FAILED = 3;

    enum Tasks {
        translate,
        summarize,
        process
    }

    enum Format {
        json,
        markdown
    }

    @Spec
    CommandSpec spec;

    @ParentCommand
    WartaCommand parent;

    @Parameters(
            paramLabel = "SOURCE",
            arity = "1..*",
            description = "Files (.txt .md .html .htm), folders (recursive), .jsonl files, RSS/Atom feed URLs or"
                    + " saved feeds (.xml .rss .atom), lists of feed URLs (.feeds, one a line), or -.")
    List<String> sources;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "The output folder.")
    Path out;

    @Option(
            names = "--task",
            paramLabel = "TASK",
            defaultValue = "process",
            description = "translate, summarize or process (both). Default: ${DEFAULT-VALUE}.")
    Tasks task;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            defaultValue = "json",
            description = "json, or markdown to write a .md beside each .json. Default: ${DEFAULT-VALUE}.")
    Format format;

    @Option(names = "--force", description = "Redo every article, even those already done.")
    boolean force;

    @Option(names = "--skip-duplicates", description = "Spend no tokens on near-duplicates of earlier articles.")
    boolean skipDuplicates;

    @Option(
            names = "--watch",
            paramLabel = "SECONDS",
            arity = "0..1",
            fallbackValue = "60",
            description = "Keep polling the sources for new articles every SECONDS (default 60); Ctrl-C stops cleanly.")
    Integer watch;

    @Option(
            names = "--digest",
            paramLabel = "daily",
            description = "With --watch: after each poll, write DIR/digests/YYYY-MM-DD.md (and .json), a digest of"
                    + " each day that got new articles (their results reused).")
    String digest;

    @Option(
            names = {"-q", "--quiet"},
            description = "No progress and no final report.")
    boolean quiet;

    @Option(
            names = {"-v", "--verbose"},
            description = "Print stack traces of errors.")
    boolean verbose;

    @Mixin
    ModelOptions modelOptions;

    @Mixin
    ModelNameOption model;

    @Mixin
    InputOptions input;

    @Override
    public Integer call() throws InterruptedException {
        validate();
        CliContext context = parent.context();
        Warta warta = modelOptions.warta(context, spec.commandLine(), input, err(), model.name, null);
        try {
            warta.checkSources(sources);
            context.probe().accept(warta.config(), warta.modelFiles());
        } catch (ModelException | InputException e) {
            err().println("warta: nothing could run: " + e.getMessage());
            err().flush();
            return ExitCodes.FAILURE;
        }
        warta.loadModel();
        if (verbose) {
            warta.serverLimitsLine().ifPresent(line -> err().println("warta: " + line));
        }
        BatchOptions options = new BatchOptions(
                context.files().getPath(out.toString()),
                tasks(),
                format == Format.markdown,
                force,
                skipDuplicates,
                warta.effectiveConfig().concurrency());
        try (BatchRunner runner = warta.batch(options)) {
            return runUntilDone(runner, warta, context, options);
        }
    }

    private int runUntilDone(BatchRunner runner, Warta warta, CliContext context, BatchOptions options)
            throws InterruptedException {
        AtomicBoolean stop = new AtomicBoolean();
        AtomicBoolean digesting = new AtomicBoolean();
        Thread main = Thread.currentThread();
        CountDownLatch finished = new CountDownLatch(1);
        Thread hook = new Thread(
                () -> {
                    stop.set(true);
                    if (digesting.get()) {
                        main.interrupt(); // a day's digest in flight ends at once (CancelledException)
                    }
                    awaitQuietly(finished);
                },
                "warta-batch-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        boolean anyFailed = false;
        WatchReports reports = new WatchReports();
        DailyDigests daily = digest == null ? null : warta.dailyDigests(options.outDir());
        try {
            while (true) {
                BatchReport report;
                boolean bar = context.stderrIsTerminal() && !quiet;
                OptionalLong total = bar ? warta.countItems(sources) : OptionalLong.empty();
                try (BatchProgress progress = BatchProgress.of(err(), context.stderrIsTerminal(), quiet, total)) {
                    // a stop (SIGTERM, Ctrl-C) also cancels the requests in flight: the run ends at once
                    report = runner.run(warta.items(sources, context.stdin()), progress, stop::get, stop::get);
                }
                anyFailed |= report.failed() > 0;
                if (reports.worthPrinting(report)) {
                    report(report);
                }
                if (report.stopped()) {
                    return stopped(report);
                }
                if (daily != null && !stop.get()) {
                    digesting.set(true);
                    try {
                        DailyDigestReport.write(daily, stop::get, err(), quiet, verbose);
                    } finally {
                        digesting.set(false);
                        if (stop.get()) {
                            Thread.interrupted(); // the stop's interrupt, if it came, is spent
                        }
                    }
                }
                if (watch == null || stop.get() || !sleep(stop)) {
                    break;
                }
            }
        } finally {
            finished.countDown();
            removeHook(hook);
        }
        return anyFailed ? SOME_FAILED : ExitCodes.OK;
    }

    private boolean sleep(AtomicBoolean stop) throws InterruptedException {
        long until = System.nanoTime() + watch * 1_000_000_000L;
        while (System.nanoTime() < until) {
            if (stop.get()) {
                return false;
            }
            Thread.sleep(200);
        }
        return true;
    }

    /** The one line that says why the run stopped (its stack trace only with {@code --verbose}): exit 1. */
    private int stopped(BatchReport r) {
        PrintWriter err = err();
        err.println("warta: batch stopped: " + r.stoppedBy().getMessage() + "; " + r.notAttempted()
                + (r.notAttempted() == 1 ? " article" : " articles") + " not attempted (run the batch again to do "
                + "them; what is done costs nothing)");
        if (verbose) {
            r.stoppedBy().printStackTrace(err);
        }
        err.flush();
        return ExitCodes.FAILURE;
    }

    private void report(BatchReport r) {
        if (quiet) {
            return;
        }
        PrintWriter err = err();
        err.printf(
                Locale.ROOT,
                "warta: batch %s: %d processed, %d unchanged, %d duplicates skipped, %d failed%s%s; "
                        + "%,d tokens in (%,d from the model's prompt cache), %,d out; %.1f s%n",
                r.interrupted() || r.stopped() ? "stopped" : "done",
                r.processed(),
                r.unchanged(),
                r.duplicates(),
                r.failed(),
                r.retriedAtEnd() == 0 ? "" : " (" + r.retriedAtEnd() + " tried again at the end)",
                r.notAttempted() > 0 ? ", " + r.notAttempted() + " not attempted" : "",
                r.inputTokens(),
                r.cachedInputTokens(),
                r.outputTokens(),
                r.wallTime().toMillis() / 1000.0);
        for (ItemOutcome failure : r.failures()) {
            err.println("warta:   failed " + failure.id() + ": " + failure.reason());
        }
        err.println("warta: results in " + out + " (index.jsonl lists every article)");
        err.flush();
    }

    private Set<Task> tasks() {
        return switch (task) {
            case translate -> EnumSet.of(Task.TRANSLATE);
            case summarize -> EnumSet.of(Task.SUMMARIZE);
            case process -> EnumSet.allOf(Task.class);
        };
    }

    private void validate() {
        if (watch != null && watch < 1) {
            throw new ParameterException(spec.commandLine(), "--watch must be at least 1 second");
        }
        if (digest != null && !digest.equals("daily")) {
            throw new ParameterException(spec.commandLine(), "--digest: expected daily but was '" + digest + "'");
        }
        if (digest != null && watch == null) {
            throw new ParameterException(spec.commandLine(), "--digest daily needs --watch");
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running: it waits for this method's caller, which is done now
        }
    }

    private PrintWriter err() {
        return spec.commandLine().getErr();
    }
}

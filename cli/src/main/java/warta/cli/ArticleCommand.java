package warta.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import warta.core.Warta;
import warta.core.error.ModelException;
import warta.core.error.OutputException;
import warta.core.error.WartaException;
import warta.core.process.ProcessListener;
import warta.core.process.Task;
import warta.core.result.ArticleResult;
import warta.core.result.ResultFormat;
import warta.core.result.ResultOutput;
import warta.core.result.ResultText;

/**
 * What {@code translate}, {@code summarize} and {@code process} share: read each input, run it
 * through {@link Warta}, render the result, and report failures one line each.
 * A bad input does not stop the others; a provider that cannot be used (unreachable after the
 * retries, refused key, unknown model) stops the run, since every later input would fail the
 * same way. Results
 * whose checks failed are still written, and make the exit code 1 unless
 * {@code --allow-failed-checks}.
 */
abstract class ArticleCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ParentCommand
    WartaCommand parent;

    @Parameters(
            paramLabel = "INPUT",
            arity = "1..*",
            description = "A file (text or HTML), an http(s) URL, or - for standard input.")
    List<String> inputs;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            defaultValue = "text",
            converter = FormatConverter.class,
            completionCandidates = FormatConverter.Candidates.class,
            description = "text, markdown or json (the result document, one per line). Default: ${DEFAULT-VALUE}.")
    ResultFormat format;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "FILE",
            description = "Write the results to FILE (whole, at the end) instead of stdout.")
    Path output;

    @Option(
            names = "--stream",
            negatable = true,
            description = "Print each English paragraph as soon as it is translated (text and markdown, to stdout)."
                    + " Default: when stdout is a terminal.")
    Boolean stream;

    @Option(
            names = "--dry-run",
            description = "Print the requests that would be sent, with token estimates; send nothing"
                    + " (with --format json: one JSON document per input).")
    boolean dryRun;

    @Option(names = "--allow-failed-checks", description = "Exit 0 even when a result failed its checks.")
    boolean allowFailedChecks;

    @Mixin
    InputOptions input;

    @Option(
            names = {"-v", "--verbose"},
            description = "Print stack traces of errors.")
    boolean verbose;

    @Mixin
    ModelOptions modelOptions;

    @Mixin
    ModelNameOption model;

    /** The tasks this command runs. */
    abstract Set<Task> tasks();

    @Override
    public Integer call() {
        Warta warta = modelOptions.warta(parent.context(), spec.commandLine(), input, err(), model.name, null);
        if (dryRun) {
            return plan(warta);
        }
        ResultOutput sink = ResultOutput.open(format, out(), output);
        if (verbose) {
            warta.serverLimitsLine().ifPresent(line -> err().println("warta: " + line));
        }
        warta.loadModel();
        return run(warta, sink);
    }

    private int run(Warta warta, ResultOutput sink) {
        int failures = 0;
        for (String input : inputs) {
            try {
                ArticleResult result = processOne(warta, input, sink);
                sink.add(result);
                result.notes().forEach(note -> err().println("warta: " + input + ": note: " + note));
                if (!result.checks().passed()) {
                    failures += reportChecks(input, result) ? 1 : 0;
                }
            } catch (OutputException stdoutFailed) {
                return ExitCodes.FAILURE; // Main reports it, once
            } catch (ModelException e) {
                sink.abandon();
                failures++;
                fail(e);
                if (!e.retriable() || e.kind() == ModelException.Kind.UNREACHABLE) {
                    break;
                }
            } catch (WartaException e) {
                sink.abandon();
                failures++;
                fail(e);
            }
        }
        sink.finish();
        return failures == 0 ? ExitCodes.OK : ExitCodes.FAILURE;
    }

    /** {@code --dry-run}: the requests each input would send first, with token estimates; nothing is sent. */
    private int plan(Warta warta) {
        int failures = 0;
        for (String input : inputs) {
            try {
                if (format == ResultFormat.JSON) {
                    out().println(warta.planJson(input, parent.context().stdin(), tasks()));
                } else {
                    out().print(warta.planText(input, parent.context().stdin(), tasks()));
                }
                out().flush();
            } catch (WartaException e) {
                failures++;
                fail(e);
            }
        }
        return failures == 0 ? ExitCodes.OK : ExitCodes.FAILURE;
    }

    private ArticleResult processOne(Warta warta, String input, ResultOutput sink) {
        boolean terminal = parent.context().stderrIsTerminal();
        ProgressLine progress = terminal ? new ProgressLine(err(), input) : null;
        try {
            ProcessListener listener = progress == null ? ProcessListener.NONE : progress;
            if (stream == null ? parent.context().stdoutIsTerminal() : stream) {
                listener = listener.and(sink.live(progress == null ? () -> {} : progress::clear));
            }
            return warta.process(input, parent.context().stdin(), tasks(), listener);
        } finally {
            if (progress != null) {
                progress.clear();
            }
        }
    }

    /** Reports failed checks on stderr; returns whether they count as a failure. */
    private boolean reportChecks(String input, ArticleResult result) {
        var checks = result.checks();
        boolean text = format == ResultFormat.TEXT;
        err().println("warta: " + input + ": checks failed: " + checks.counts()
                + (text ? "" : " (the result lists them)")
                + (allowFailedChecks ? "" : "; --allow-failed-checks accepts such results"));
        if (text) {
            ResultText.findings(checks).forEach(line -> err().println("  " + line));
        }
        err().flush();
        return !allowFailedChecks;
    }

    private void fail(WartaException e) {
        err().println("warta: " + e.getMessage());
        if (verbose) {
            e.printStackTrace(err());
        }
        err().flush();
    }

    private PrintWriter out() {
        return spec.commandLine().getOut();
    }

    private PrintWriter err() {
        return spec.commandLine().getErr();
    }
}

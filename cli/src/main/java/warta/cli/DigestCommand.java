package warta.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import warta.core.Warta;
import warta.core.digest.Digest;
import warta.core.digest.DigestFinding;
import warta.core.digest.DigestFormat;
import warta.core.digest.DigestInput;
import warta.core.digest.DigestWriter;
import warta.core.error.OutputException;
import warta.core.files.FileErrors;
import warta.core.files.OutputFile;

/**
 * {@code warta digest}: one checked English briefing over many articles, their stories in date
 * order, every sentence citing its sources. A batch output folder among the inputs is reused: its
 * done articles are not translated again. An input that cannot be read gets one line on stderr and
 * the others are still digested (exit 1); a digest whose checks failed is still written, its
 * findings listed on stderr (exit 1 unless {@code --allow-failed-checks}).
 */
@Command(
        name = "digest",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = {
            "One checked English briefing of many articles: their stories in date order, each sentence citing the"
                    + " articles and sentences it rests on.",
            "Results go to stdout (or --output), progress and errors to stderr."
        },
        footer = {
            "",
            "Exit codes: 0 ok, 1 an input, the provider or a check failed (a part the provider could not do fails"
                    + " even with --allow-failed-checks), 2 usage."
        })
final class DigestCommand implements Callable<Integer> {

    enum Format {
        markdown,
        json,
        html
    }

    @Spec
    private CommandSpec spec;

    @ParentCommand
    private WartaCommand parent;

    @Parameters(
            paramLabel = "INPUT",
            arity = "1..*",
            description = "Files, folders, JSON Lines files, feed URLs or .feeds lists (as for batch), batch output"
                    + " folders (their done articles are reused), or -.")
    private List<String> inputs;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            defaultValue = "markdown",
            description = "markdown, json or html (one page). Default: ${DEFAULT-VALUE}.")
    private Format format;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "FILE",
            description = "Write the digest to FILE (whole, at the end) instead of stdout.")
    private Path output;

    @Option(
            names = "--dry-run",
            description = "Print the stories and the requests that would be sent, with token estimates; send nothing"
                    + " (with --format json: as JSON).")
    private boolean dryRun;

    @Option(names = "--allow-failed-checks", description = "Exit 0 even when the digest failed its checks.")
    private boolean allowFailedChecks;

    @Mixin
    private InputOptions input;

    @Option(
            names = {"-v", "--verbose"},
            description = "Print stack traces of errors.")
    private boolean verbose;

    @Mixin
    private ModelOptions modelOptions;

    @Mixin
    private ModelNameOption model;

    @Override
    public Integer call() {
        CliContext context = parent.context();
        Warta warta = modelOptions.warta(context, spec.commandLine(), input, err(), model.name, null);
        DigestInput articles = warta.digestInput(inputs, context.stdin());
        articles.problems().forEach(problem -> err().println("warta: " + problem));
        err().flush();
        int readable = articles.problems().isEmpty() ? ExitCodes.OK : ExitCodes.FAILURE;
        checkOutput();
        if (dryRun) {
            var plan = warta.planDigest(articles);
            write(format == Format.json ? DigestWriter.planJson(plan) + "\n" : DigestWriter.planText(plan));
            return readable;
        }
        warta.loadModel();
        Digest digest;
        try (DigestProgressLine progress = new DigestProgressLine(err(), context.stderrIsTerminal())) {
            digest = warta.digest(articles, progress);
        }
        write(DigestWriter.render(digest, DigestFormat.valueOf(format.name().toUpperCase(Locale.ROOT))));
        boolean checksFailed = !digest.checks().passed() && reportChecks(digest);
        return checksFailed ? ExitCodes.FAILURE : readable;
    }

    /**
     * Lists the findings on stderr; returns whether they count as a failure. A part the model could
     * not do ({@code incomplete}: the provider failed, an answer did not fit) always does: {@code
     * --allow-failed-checks} accepts what the checks doubt, not a digest with a piece missing.
     */
    private boolean reportChecks(Digest digest) {
        var findings = digest.checks().findings();
        long incomplete = findings.stream()
                .filter(f -> DigestFinding.INCOMPLETE.equals(f.kind()))
                .count();
        err().println("warta: digest: checks failed: " + findings.size()
                + (findings.size() == 1 ? " finding" : " findings")
                + (incomplete > 0
                        ? ", " + incomplete + " of them incomplete (a part that could not be done; the digest is"
                                + " written without it)"
                        : allowFailedChecks ? "" : "; --allow-failed-checks accepts such a digest"));
        findings.forEach(finding -> err().println("  " + line(finding)));
        err().flush();
        return incomplete > 0 || !allowFailedChecks;
    }

    /** One finding: where, the statement, its citations, and why it failed. */
    static String line(DigestFinding f) {
        String marks = f.citations().stream()
                .map(c -> "[" + c.source()
                        + c.sentences().stream().map(n -> ", s" + n).collect(Collectors.joining()) + "]")
                .collect(Collectors.joining(" "));
        return (f.story() == null ? "overview" : "story " + f.story()) + ": \"" + f.statement() + "\" "
                + (marks.isEmpty() ? "(no citation)" : marks) + ": " + f.kind() + ": " + f.detail();
    }

    private void checkOutput() {
        if (output != null) {
            try {
                OutputFile.check(output);
            } catch (IOException e) {
                throw failed(e);
            }
        }
    }

    private void write(String rendered) {
        if (output == null) {
            print(rendered);
            return;
        }
        try {
            OutputFile.write(output, rendered);
        } catch (IOException e) {
            throw failed(e);
        }
    }

    private OutputException failed(IOException e) {
        return new OutputException("cannot write " + output + ": " + FileErrors.reason(e), e);
    }

    private void print(String text) {
        PrintWriter out = spec.commandLine().getOut();
        out.print(text);
        out.flush();
    }

    private PrintWriter err() {
        return spec.commandLine().getErr();
    }
}

package warta.cli;

import dev.langchain4j.model.chat.ChatModel;
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
import warta.core.error.WartaException;
import warta.core.article.Article;
import warta.core.glossary.Glossary;
import warta.core.model.ModelConfig;
import warta.core.error.ModelException;
import warta.core.process.ArticleProcessor;
import warta.core.process.Task;
import warta.core.prompt.PromptLibrary;
import warta.core.read.ArticleReader;
import warta.core.result.ArticleResult;

/**
 * What {@code translate}, {@code summarize} and {@code process} share: read each input, run it
 * through the {@link ArticleProcessor}, render the result, and report failures one line each.
 * A bad input does not stop the others; a provider that cannot be used (unreachable after the
 * retries, refused key, unknown model) stops the run, since every later input would fail the
 * same way. Results
 * whose checks failed are still written, and make the exit code 1 unless
 * {@code --allow-failed-checks}.
 */
abstract class ArticleCommand implements Callable<Integer> {

    enum Format { text, markdown, json }

    @Spec
    CommandSpec spec;

    @ParentCommand
    WartaCommand parent;

    @Parameters(paramLabel = "INPUT", arity = "1..*",
            description = "A file (text or HTML), an http(s) URL, or - for standard input.")
    List<String> inputs;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text, markdown or json (the result document, one per line). Default: ${DEFAULT-VALUE}.")
    Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write the results to FILE (whole, at the end) instead of stdout.")
    Path output;

    @Option(names = "--dry-run", description = "Print the requests that would be sent, with token estimates; send nothing.")
    boolean dryRun;

    @Option(names = "--allow-failed-checks", description = "Exit 0 even when a result failed its checks.")
    boolean allowFailedChecks;

    @Mixin
    InputOptions input;

    @Option(names = {"-v", "--verbose"}, description = "Print stack traces of errors.")
    boolean verbose;

    @Mixin
    ModelOptions modelOptions;

    /** The tasks this command runs. */
    abstract Set<Task> tasks();

    @Override
    public Integer call() {
        modelOptions.validate(spec.commandLine());
        CliContext context = parent.context();
        ModelConfig config = modelOptions.config(context, spec.commandLine());
        PromptLibrary prompts = modelOptions.promptLibrary();
        Glossary glossary = modelOptions.glossaryInUse();
        ArticleReader reader = new ArticleReader(input.readOptions(spec.commandLine()));
        ChatModel model = dryRun ? null : context.models().create(config, modelOptions.modelFiles(context, err()));
        ArticleProcessor processor = new ArticleProcessor(model == null ? DryRun.NO_MODEL : model, config, prompts, glossary,
                modelOptions.chunkTokens);
        return dryRun ? new DryRun(out(), processor, config, tasks()).run(inputs, reader, this::read, this::fail) : run(reader, processor);
    }


    private int run(ArticleReader reader, ArticleProcessor processor) {
        Output sink = new Output(out(), output);
        int failures = 0;
        for (String input : inputs) {
            try {
                ArticleResult result = processOne(processor, read(reader, input), input);
                sink.add(render(result));
                if (!result.checks().passed()) {
                    failures += reportChecks(input, result) ? 1 : 0;
                }
            } catch (ModelException e) {
                failures++;
                fail(e);
                if (!e.retriable() || e.kind() == ModelException.Kind.UNREACHABLE) {
                    break;
                }
            } catch (WartaException e) {
                failures++;
                fail(e);
            }
        }
        sink.finish();
        return failures == 0 ? ExitCodes.OK : ExitCodes.FAILURE;
    }

    private ArticleResult processOne(ArticleProcessor processor, Article article, String input) {
        ProgressLine progress = parent.context().stderrIsTerminal() ? new ProgressLine(err(), input) : null;
        try {
            return processor.process(article, tasks(), progress == null ? warta.core.process.ProcessListener.NONE : progress);
        } finally {
            if (progress != null) {
                progress.clear();
            }
        }
    }

    private String render(ArticleResult result) {
        return switch (format) {
            case json -> warta.core.result.ResultJson.toJson(result) + "\n";
            case markdown -> warta.core.result.ResultMarkdown.render(result) + "\n";
            case text -> warta.core.result.ResultText.render(result) + "\n";
        };
    }

    /** Reports failed checks on stderr; returns whether they count as a failure. */
    private boolean reportChecks(String input, ArticleResult result) {
        var checks = result.checks();
        err().println("warta: " + input + ": checks failed: " + checks.untranslated().size() + " untranslated, "
                + checks.omitted().size() + " omitted, " + checks.unsupported().size() + " unsupported"
                + " (the result lists them" + (format == Format.text ? "; --format json or markdown shows them" : "") + ")"
                + (allowFailedChecks ? "" : "; --allow-failed-checks accepts such results"));
        err().flush();
        return !allowFailedChecks;
    }

    Article read(ArticleReader reader, String input) {
        return input.equals("-") ? reader.readStdin(parent.context().stdin()) : reader.read(input);
    }

    void fail(WartaException e) {
        err().println("warta: " + e.getMessage());
        if (verbose) {
            e.printStackTrace(err());
        }
        err().flush();
    }

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }
}

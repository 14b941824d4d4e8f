package warta.cli;

import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import warta.core.Warta;
import warta.core.chunk.Chunker;
import warta.core.error.InputException;
import warta.core.inspect.Inspection;
import warta.core.inspect.InspectionJson;
import warta.core.inspect.InspectionText;
import warta.core.inspect.Inspector;

/**
 * {@code warta inspect}: shows what Warta would work on, with no model involved. Each input is
 * handled on its own: a bad one gets one line on stderr and the others are still processed; the
 * exit code is 1 when any input failed.
 */
@Command(
        name = "inspect",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = {
            "Read, clean and describe articles, split them into sentences and chunks; no model involved.",
            "Results go to stdout, errors to stderr."
        },
        footer = {"", "Exit codes: 0 ok, 1 some input failed, 2 usage."})
final class InspectCommand implements java.util.concurrent.Callable<Integer> {

    enum Format {
        text,
        json
    }

    @Spec
    private CommandSpec spec;

    @ParentCommand
    private WartaCommand parent;

    @Parameters(
            paramLabel = "INPUT",
            arity = "1..*",
            description = "A file (text or HTML), an http(s) URL, or - for standard input.")
    private List<String> inputs;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            defaultValue = "text",
            description =
                    "text (for people) or json (one JSON object per article, JSON Lines). Default: ${DEFAULT-VALUE}.")
    private Format format;

    @Option(
            names = "--chunk-tokens",
            paramLabel = "N",
            defaultValue = "" + Inspector.DEFAULT_CHUNK_TOKENS,
            description = "Token budget of a chunk. Default: ${DEFAULT-VALUE}.")
    private int chunkTokens;

    @Mixin
    private InputOptions input;

    @Option(
            names = {"-v", "--verbose"},
            description = "Print stack traces of errors.")
    private boolean verbose;

    @Override
    public Integer call() {
        Warta warta = Warta.builder()
                .readOptions(input.readOptions(spec.commandLine()))
                .chunkTokens(checkedChunkTokens())
                .build();
        PrintWriter out = spec.commandLine().getOut();
        int failures = 0;
        for (String input : inputs) {
            try {
                Inspection inspection =
                        warta.inspect(warta.read(input, parent.context().stdin()));
                out.print(
                        format == Format.json
                                ? InspectionJson.toJson(inspection) + "\n"
                                : InspectionText.render(inspection));
                out.flush();
            } catch (InputException e) {
                failures++;
                fail(e);
            }
        }
        return failures == 0 ? ExitCodes.OK : ExitCodes.FAILURE;
    }

    private void fail(InputException e) {
        PrintWriter err = spec.commandLine().getErr();
        err.println("warta: " + e.getMessage());
        if (verbose) {
            e.printStackTrace(err);
        }
        err.flush();
    }

    private int checkedChunkTokens() {
        if (chunkTokens < Chunker.MIN_TOKENS) {
            throw new ParameterException(
                    spec.commandLine(),
                    "--chunk-tokens must be at least " + Chunker.MIN_TOKENS + ", not " + chunkTokens);
        }
        return chunkTokens;
    }
}

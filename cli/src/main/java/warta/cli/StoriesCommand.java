package warta.cli;

import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import warta.core.Warta;
import warta.core.error.InputException;
import warta.core.story.StoryJson;
import warta.core.story.StoryReport;
import warta.core.story.StoryText;

/**
 * {@code warta stories}: which articles report the same event, with the reasons; no model
 * involved. An input that cannot be read gets one line on stderr, the others are still grouped,
 * and the exit code is 1.
 */
@Command(
        name = "stories",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = {
            "Group articles that report the same event (names, dates, shared sentences); no model involved.",
            "Results go to stdout, errors to stderr."
        },
        footer = {"", "Exit codes: 0 ok, 1 some input failed, 2 usage."})
final class StoriesCommand implements java.util.concurrent.Callable<Integer> {

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
            description = "Files, folders, JSON Lines files, feed URLs or .feeds lists (as for batch), or -.")
    private List<String> inputs;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            defaultValue = "text",
            description =
                    "text (for people) or json (stories with members, dates and reasons). Default: ${DEFAULT-VALUE}.")
    private Format format;

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
                .build();
        PrintWriter err = spec.commandLine().getErr();
        StoryReport report;
        try {
            report = warta.stories(inputs, parent.context().stdin());
        } catch (InputException e) {
            fail(err, e.getMessage(), e);
            return ExitCodes.FAILURE;
        }
        report.failures().forEach(failure -> err.println("warta: " + failure));
        err.flush();
        PrintWriter out = spec.commandLine().getOut();
        out.print(format == Format.json ? StoryJson.render(report) : StoryText.render(report));
        out.flush();
        return report.failures().isEmpty() ? ExitCodes.OK : ExitCodes.FAILURE;
    }

    private void fail(PrintWriter err, String message, Exception e) {
        err.println("warta: " + message);
        if (verbose) {
            e.printStackTrace(err);
        }
        err.flush();
    }
}

package warta.cli;

import java.util.EnumSet;
import java.util.Set;
import picocli.CommandLine.Command;
import warta.core.process.Task;

/** {@code warta process}: translation and summary of each article, both checked. */
@Command(
        name = "process",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = {
            "Translate and summarize articles; the summary is written from the translation and checked against it.",
            "Results go to stdout (or --output), progress and errors to stderr."
        },
        footer = {"", "Exit codes: 0 ok, 1 an input, the provider or a check failed, 2 usage."})
final class ProcessCommand extends ArticleCommand {

    @Override
    Set<Task> tasks() {
        return EnumSet.allOf(Task.class);
    }
}

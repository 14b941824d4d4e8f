package warta.cli;

import java.util.EnumSet;
import java.util.Set;
import picocli.CommandLine.Command;
import warta.core.process.Task;

/** {@code warta summarize}: a short English summary of each article, checked against its text. */
@Command(
        name = "summarize",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = {
            "Summarize articles in English: headline, 3-5 sentences, key points, entities; checked against the text.",
            "Results go to stdout (or --output), progress and errors to stderr."
        },
        footer = {"", "Exit codes: 0 ok, 1 an input, the provider or a check failed, 2 usage."})
final class SummarizeCommand extends ArticleCommand {

    @Override
    Set<Task> tasks() {
        return EnumSet.of(Task.SUMMARIZE);
    }
}

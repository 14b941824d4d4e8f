package warta.cli;

import java.util.EnumSet;
import java.util.Set;
import picocli.CommandLine.Command;
import warta.core.process.Task;

/** {@code warta translate}: the English of each article, one paragraph per source paragraph, checked. */
@Command(
        name = "translate",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = {
            "Translate articles into English, paragraph by paragraph, and check the translation.",
            "Results go to stdout (or --output), progress and errors to stderr."
        },
        footer = {"", "Exit codes: 0 ok, 1 an input, the provider or a check failed, 2 usage."})
final class TranslateCommand extends ArticleCommand {

    @Override
    Set<Task> tasks() {
        return EnumSet.of(Task.TRANSLATE);
    }
}

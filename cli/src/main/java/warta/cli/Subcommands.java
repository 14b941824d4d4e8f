package warta.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.HelpCommand;

/**
 * The subcommands of {@code warta}, added to the command line only when it may need them. Picocli
 * builds the model of a command by reflection over its annotations, and that is a good part of a
 * short command's start: a command line that names one subcommand gets only that one (with its own
 * subcommands), and everything else (no command, {@code --help}, {@code help}, {@code completion},
 * a mistyped name) gets them all, so help, completion and suggestions see the whole tree.
 */
final class Subcommands {

    /** In the order help lists them. */
    private static final Map<String, Supplier<Object>> ALL = all();

    /** Those that need the whole tree: they describe it. */
    private static final Set<String> WHOLE_TREE = Set.of("help", "completion");

    private Subcommands() {}

    /** Adds to {@code cmd} what a run of {@code args} needs. */
    static CommandLine addTo(CommandLine cmd, String... args) {
        String first = args.length > 0 ? args[0] : "";
        Supplier<Object> only = ALL.get(first);
        if (only != null && !WHOLE_TREE.contains(first)) {
            return cmd.addSubcommand(only.get());
        }
        ALL.values().forEach(command -> cmd.addSubcommand(command.get()));
        return cmd;
    }

    private static Map<String, Supplier<Object>> all() {
        Map<String, Supplier<Object>> all = new LinkedHashMap<>();
        all.put("inspect", InspectCommand::new);
        all.put("translate", TranslateCommand::new);
        all.put("summarize", SummarizeCommand::new);
        all.put("process", ProcessCommand::new);
        all.put("batch", BatchCommand::new);
        all.put("models", ModelsCommand::new);
        all.put("completion", CompletionCommand::new);
        all.put("help", HelpCommand::new);
        return all;
    }
}

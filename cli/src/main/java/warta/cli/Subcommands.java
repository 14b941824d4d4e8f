package warta.cli;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
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

    /**
     * In the order help lists them. Classes, not constructor references, which picocli makes as
     * it would from the annotation: a method handle to a picocli class ({@code HelpCommand::new})
     * cannot be stored in an AOT cache, and JDK 25 fails making a cache that has one.
     */
    private static final Map<String, Class<?>> ALL = all();

    /** Those that need the whole tree: they describe it. */
    private static final Set<String> WHOLE_TREE = Set.of("help", "completion");

    /** Those that read articles, and so need the language model. */
    private static final Set<String> READING =
            Set.of("inspect", "translate", "summarize", "process", "batch", "eval", "stories", "digest");

    private static final Set<String> HELP = Set.of("-h", "--help", "-V", "--version");

    private Subcommands() {}

    /** Whether a run of {@code args} reads articles: then the engine can start loading early. */
    static boolean readsArticles(String... args) {
        return args.length > 1
                && READING.contains(args[0])
                && Arrays.stream(args).noneMatch(arg -> HELP.contains(arg));
    }

    /** Adds to {@code cmd} what a run of {@code args} needs. */
    static CommandLine addTo(CommandLine cmd, String... args) {
        String first = args.length > 0 ? args[0] : "";
        Class<?> only = ALL.get(first);
        if (only != null && !WHOLE_TREE.contains(first)) {
            return cmd.addSubcommand(only);
        }
        ALL.values().forEach(cmd::addSubcommand);
        return cmd;
    }

    private static Map<String, Class<?>> all() {
        Map<String, Class<?>> all = new LinkedHashMap<>();
        all.put("inspect", InspectCommand.class);
        all.put("translate", TranslateCommand.class);
        all.put("summarize", SummarizeCommand.class);
        all.put("process", ProcessCommand.class);
        all.put("batch", BatchCommand.class);
        all.put("eval", EvalCommand.class);
        all.put("stories", StoriesCommand.class);
        all.put("digest", DigestCommand.class);
        all.put("worker", WorkerCommand.class);
        all.put("models", ModelsCommand.class);
        all.put("cache", CacheCommand.class);
        all.put("completion", CompletionCommand.class);
        all.put("help", HelpCommand.class);
        return all;
    }
}

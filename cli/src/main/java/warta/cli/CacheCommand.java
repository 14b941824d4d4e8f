package warta.cli;

import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import warta.core.Warta;
import warta.core.cache.CacheStats;

/**
 * {@code warta cache stats|clear}: the response cache that {@code translate}, {@code summarize},
 * {@code process} and {@code batch} share ({@code $XDG_CACHE_HOME/warta/responses}).
 */
@Command(
        name = "cache",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = {
            "Show or clear the cached model answers.",
            "A request asked before (same prompts, provider, model, settings and text) is answered from",
            "$XDG_CACHE_HOME/warta/responses (else ~/.cache/warta/responses) instead of the model.",
            "Its bound is WARTA_CACHE_SIZE or --cache-size of the command that writes (default 256M)."
        })
final class CacheCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @ParentCommand
    private WartaCommand parent;

    @Override
    public void run() {
        throw new ParameterException(
                spec.commandLine(), "Missing command: try 'warta cache stats' or 'warta cache clear'");
    }

    @Command(
            name = "stats",
            mixinStandardHelpOptions = true,
            description = "Print where the cache is and what it holds.")
    int stats() {
        CacheStats stats = warta().cacheStats().orElseThrow();
        PrintWriter out = spec.commandLine().getOut();
        out.println("folder   " + stats.dir().toAbsolutePath());
        out.println("entries  " + stats.entries());
        out.println("bytes    " + stats.bytes() + " (" + mib(stats.bytes()) + ")");
        out.println("bound    " + stats.maxBytes() + " (" + mib(stats.maxBytes()) + ")");
        out.println("oldest   " + (stats.oldestUse() == null ? "-" : stats.oldestUse()));
        out.println("newest   " + (stats.newestUse() == null ? "-" : stats.newestUse()));
        out.flush();
        return ExitCodes.OK;
    }

    @Command(name = "clear", mixinStandardHelpOptions = true, description = "Delete every cached answer.")
    int clear() {
        Warta warta = warta();
        int removed = warta.clearCache();
        PrintWriter out = spec.commandLine().getOut();
        out.println("removed " + removed + " cached answer" + (removed == 1 ? "" : "s") + " from "
                + warta.cacheStats().orElseThrow().dir().toAbsolutePath());
        out.flush();
        return ExitCodes.OK;
    }

    /** An engine with only the cache: it makes no model. */
    private Warta warta() {
        CliContext context = parent.context();
        if (context.cacheDir() == null) {
            throw new ParameterException(spec.commandLine(), "this warta has no response cache");
        }
        long bound = ModelOptions.cacheBytes(null, context, spec.commandLine());
        return Warta.builder().cache(context.cacheDir(), bound).build();
    }

    private static String mib(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f MiB", bytes / (1024.0 * 1024.0));
    }
}

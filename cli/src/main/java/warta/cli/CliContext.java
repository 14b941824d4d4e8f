package warta.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.BiConsumer;
import warta.core.files.CacheHome;
import warta.core.model.ModelConfig;
import warta.core.model.ModelConfigResolver;
import warta.core.model.ModelFactory;
import warta.core.model.ModelFiles;
import warta.core.model.ModelProbe;

/**
 * What a command gets from the world outside its arguments: standard input, the environment, the
 * config file, how to make a chat model and check a provider (and, for the embedded one, find its
 * file), where the response cache is, and whether stderr and stdout are terminals.
 * {@link Main} builds the real one; tests build their own, so they never read the real
 * environment or call a real model.
 *
 * @param stdin standard input
 * @param env the environment variables
 * @param configFile the config file path ({@code $XDG_CONFIG_HOME/warta/config.properties})
 * @param models makes the chat model for a configuration
 * @param probe checks before a batch that the provider can be used; throws when it cannot
 * @param stderrIsTerminal whether progress may be drawn on stderr
 * @param files the file system a batch's output folder is on: the machine's, or in tests one
 *     whose disk fills up
 * @param cacheDir the response cache's folder ({@code $XDG_CACHE_HOME/warta/responses}), or null
 *     for none: tests keep their answers out of the user's cache unless they name a folder
 * @param stdoutIsTerminal whether results go to a terminal, where a translation is printed as it
 *     comes (the shorter constructors take it to be as stderr is)
 */
record CliContext(
        InputStream stdin,
        Map<String, String> env,
        Path configFile,
        ModelFactory models,
        BiConsumer<ModelConfig, ModelFiles> probe,
        boolean stderrIsTerminal,
        FileSystem files,
        Path cacheDir,
        boolean stdoutIsTerminal) {

    /** A context with no response cache, and stdout a terminal when stderr is one. */
    CliContext(
            InputStream stdin,
            Map<String, String> env,
            Path configFile,
            ModelFactory models,
            BiConsumer<ModelConfig, ModelFiles> probe,
            boolean stderrIsTerminal,
            FileSystem files) {
        this(stdin, env, configFile, models, probe, stderrIsTerminal, files, null, stderrIsTerminal);
    }

    /** A context on the machine's own file system, with no response cache. */
    CliContext(
            InputStream stdin,
            Map<String, String> env,
            Path configFile,
            ModelFactory models,
            BiConsumer<ModelConfig, ModelFiles> probe,
            boolean stderrIsTerminal) {
        this(stdin, env, configFile, models, probe, stderrIsTerminal, FileSystems.getDefault());
    }

    /** This context with the response cache in {@code dir}. */
    CliContext withCache(Path dir) {
        return new CliContext(stdin, env, configFile, models, probe, stderrIsTerminal, files, dir, stdoutIsTerminal);
    }

    static CliContext system() {
        Map<String, String> env = System.getenv();
        return new CliContext(
                System.in,
                env,
                configFile(env),
                ModelFactory.standard(),
                ModelProbe::check,
                leadsToTerminal(2),
                FileSystems.getDefault(),
                CacheHome.of(env, Path.of(System.getProperty("user.home"))).resolve("responses"),
                leadsToTerminal(1));
    }

    static Path configFile(Map<String, String> env) {
        return ModelConfigResolver.configFile(env, Path.of(System.getProperty("user.home")));
    }

    /**
     * Whether file descriptor {@code fd} (1 standard output, 2 standard error) itself is a terminal:
     * on Linux, where {@code /proc/self/fd/N} leads; elsewhere whether there is a console (which
     * looks at standard input and output only, so {@code 2> file} is taken for a terminal there).
     */
    private static boolean leadsToTerminal(int fd) {
        Path link = Path.of("/proc/self/fd/" + fd);
        return Files.isSymbolicLink(link) ? isTerminal(link) : consoleIsTerminal();
    }

    /** Whether the file descriptor link {@code fd} leads to a terminal device ({@code /dev/pts/N}, {@code /dev/ttyN}). */
    static boolean isTerminal(Path fd) {
        try {
            String target = Files.readSymbolicLink(fd).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }

    /** A console that is a real terminal; on JDK 22+ {@code System.console()} exists even when redirected. */
    private static boolean consoleIsTerminal() {
        java.io.Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }
}

package warta.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import picocli.CommandLine;
import warta.core.Warta;
import warta.core.result.CheckedWriter;

/**
 * The {@code warta} command. {@link #main} only exits with what {@link #run} returns; tests call
 * {@code run} with their own streams.
 */
public final class Main {

    private Main() {}

    public static void main(String[] args) {
        // first, before anything logs: the log (on System.err) and the commands' messages share one
        // stream with the progress displays, which keeps a status line below the other lines
        PrintStream stderr = new PrintStream(
                new TerminalLines(new FileOutputStream(FileDescriptor.err)), true, StandardCharsets.UTF_8);
        System.setErr(stderr);
        PrintWriter out = new CheckedWriter(new FileOutputStream(FileDescriptor.out));
        PrintWriter err = new PrintWriter(stderr, true, StandardCharsets.UTF_8);
        // The context is made only for a command line that needs it: not for --version.
        int code = Version.printIfAsked(out, args) ? ExitCodes.OK : run(CliContext.system(), out, err, args);
        out.flush();
        err.flush();
        System.exit(code);
    }

    /**
     * Runs one command line and returns its exit code: 0 ok, 1 failure (a failed write to
     * {@code out} included, reported here once), 2 usage. {@code warta --version} alone is answered
     * without building the command line (see {@link Version#printIfAsked}).
     */
    static int run(CliContext context, PrintWriter out, PrintWriter err, String... args) {
        if (Subcommands.readsArticles(args)) {
            Warta.warmUp(); // the language model loads while picocli reads the command line
        }
        int code = Version.printIfAsked(out, args)
                ? ExitCodes.OK
                : commandLine(context, out, err, args).execute(args);
        Optional<String> failure = CheckedWriter.failure(out);
        failure.ifPresent(message -> err.println("warta: " + message));
        err.flush();
        return failure.isPresent() ? ExitCodes.FAILURE : code;
    }

    /** The command line for {@code args}: with the subcommands it may run ({@link Subcommands}). */
    static CommandLine commandLine(CliContext context, PrintWriter out, PrintWriter err, String... args) {
        CommandLine cmd = Subcommands.addTo(new CommandLine(new WartaCommand(context)), args);
        cmd.setOut(out);
        cmd.setErr(err);
        cmd.setExitCodeExceptionMapper(ExitCodes::of);
        cmd.setExecutionExceptionHandler(new ErrorHandler());
        cmd.setParameterExceptionHandler(new ErrorHandler());
        return cmd;
    }
}

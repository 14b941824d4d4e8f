package warta.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/**
 * The {@code warta} command. {@link #main} only exits with what {@link #run} returns; tests call
 * {@code run} with their own streams.
 */
public final class Main {

    private Main() {}

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        int code = run(CliContext.system(), out, err, args);
        out.flush();
        err.flush();
        System.exit(code);
    }

    /** Runs one command line and returns its exit code: 0 ok, 1 failure, 2 usage. */
    static int run(CliContext context, PrintWriter out, PrintWriter err, String... args) {
        return commandLine(context, out, err).execute(args);
    }

    static CommandLine commandLine(CliContext context, PrintWriter out, PrintWriter err) {
        CommandLine cmd = new CommandLine(new WartaCommand(context));
        cmd.setOut(out);
        cmd.setErr(err);
        cmd.setExitCodeExceptionMapper(ExitCodes::of);
        cmd.setExecutionExceptionHandler(new ErrorHandler());
        return cmd;
    }
}

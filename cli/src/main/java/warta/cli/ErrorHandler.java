package warta.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;
import warta.core.error.WartaException;

/**
 * Turns an exception that escaped a command into one line on stderr and exit code 1. The stack
 * trace is printed only with {@code --verbose}, or for a bug (an exception Warta did not throw
 * on purpose), which also says so. A usage error is one line, picocli's suggestions for a
 * mistyped option, and where help is: exit code 2.
 */
final class ErrorHandler implements IExecutionExceptionHandler, IParameterExceptionHandler {

    @Override
    public int handleParseException(ParameterException e, String[] args) {
        CommandLine cmd = e.getCommandLine();
        PrintWriter err = cmd.getErr();
        err.println("warta: " + e.getMessage());
        UnmatchedArgumentException.printSuggestions(e, err);
        err.println("try '" + cmd.getCommandSpec().qualifiedName() + " --help'");
        err.flush();
        return ExitCodes.USAGE;
    }

    @Override
    public int handleExecutionException(Exception e, CommandLine cmd, ParseResult parsed) {
        PrintWriter err = cmd.getErr();
        boolean verbose = parsed.hasMatchedOption("--verbose");
        if (e instanceof WartaException) {
            err.println("warta: " + e.getMessage());
        } else {
            err.println("warta: unexpected error: " + e + (verbose ? "" : " (run with --verbose for details)"));
        }
        if (verbose) {
            e.printStackTrace(err);
        }
        err.flush();
        return ExitCodes.FAILURE;
    }
}

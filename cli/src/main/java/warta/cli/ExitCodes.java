package warta.cli;

import picocli.CommandLine;

/** The exit codes of {@code warta}; they are part of its interface (see the README). */
final class ExitCodes {

    static final int OK = 0;
    static final int FAILURE = 1;
    static final int USAGE = 2;

    private ExitCodes() {}

    static int of(Throwable error) {
        return error instanceof CommandLine.ParameterException ? USAGE : FAILURE;
    }
}

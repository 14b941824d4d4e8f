package warta.cli;

import java.io.InputStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The top-level {@code warta} command; the work is done by its subcommands. */
@Command(name = "warta",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = "Indonesian news to English people can trust.",
        subcommands = {InspectCommand.class, picocli.CommandLine.HelpCommand.class},
        footer = {"", "Exit codes: 0 ok, 1 failure (some input could not be processed), 2 usage."})
final class WartaCommand implements Runnable {

    private final InputStream stdin;

    @Spec
    private CommandSpec spec;

    WartaCommand(InputStream stdin) {
        this.stdin = stdin;
    }

    InputStream stdin() {
        return stdin;
    }

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing command: try 'warta inspect FILE' or 'warta --help'");
    }
}

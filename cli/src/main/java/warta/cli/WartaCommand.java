package warta.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The top-level {@code warta} command; the work is done by its subcommands ({@link Subcommands}). */
@Command(
        name = "warta",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = "Indonesian news to English people can trust.",
        footer = {
            "",
            "Exit codes: 0 ok, 1 failure (an input could not be processed, the provider failed, or checks failed), 2 usage."
        })
final class WartaCommand implements Runnable {

    private final CliContext context;

    @Spec
    private CommandSpec spec;

    WartaCommand(CliContext context) {
        this.context = context;
    }

    CliContext context() {
        return context;
    }

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing command, for example 'warta inspect FILE'");
    }
}

package warta.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code warta completion bash|zsh}: prints the shell completion script of the whole command tree,
 * made by picocli from the running command (its generator's own {@code main} cannot make
 * {@link WartaCommand}, which needs a context). One script serves both shells: under zsh it loads
 * {@code bashcompinit} itself.
 */
@Command(
        name = "completion",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = {
            "Print a completion script for bash or zsh.",
            "bash: source <(warta completion bash), or save it under ~/.local/share/bash-completion/completions/warta;",
            "zsh: source <(warta completion zsh) in ~/.zshrc."
        })
final class CompletionCommand implements Callable<Integer> {

    /** The shells the script is for. */
    enum Shell {
        bash,
        zsh
    }

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "SHELL", description = "bash or zsh.")
    private Shell shell;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        out.print(AutoComplete.bash("warta", spec.root().commandLine()));
        out.flush();
        return ExitCodes.OK;
    }
}

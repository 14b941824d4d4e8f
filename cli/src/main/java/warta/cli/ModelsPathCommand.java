package warta.cli;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import warta.core.model.embedded.store.ModelStore;

/** {@code warta models path [NAME]}: where a downloaded model is, or without a name the models folder. */
@Command(
        name = "path",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = {
            "Print the file of a downloaded model, or without NAME the models folder.",
            "Exit 1 when the model is not downloaded."
        })
final class ModelsPathCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @ParentCommand
    private ModelsCommand parent;

    @Parameters(paramLabel = "NAME", arity = "0..1", description = "A model from 'warta models list'.")
    private String name;

    @Override
    public Integer call() {
        ModelStore store = parent.store();
        if (name == null) {
            return print(store.dir());
        }
        ModelsCommand.preset(store, name, spec.commandLine());
        Optional<Path> path = store.path(name);
        if (path.isEmpty()) {
            spec.commandLine()
                    .getErr()
                    .println("warta: the model " + name + " is not downloaded: run 'warta models pull " + name + "'");
            spec.commandLine().getErr().flush();
            return ExitCodes.FAILURE;
        }
        return print(path.get());
    }

    private int print(Path path) {
        spec.commandLine().getOut().println(path.toAbsolutePath());
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }
}

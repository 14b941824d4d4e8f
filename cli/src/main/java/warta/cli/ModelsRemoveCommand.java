package warta.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import warta.core.model.embedded.store.ModelStore;

/** {@code warta models rm NAME}: deletes a downloaded model, and any interrupted download of it. */
@Command(
        name = "rm",
        aliases = "remove",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = {
            "Delete a downloaded model (and any interrupted download of it).",
            "Exit 1 when there was nothing to delete."
        })
final class ModelsRemoveCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @ParentCommand
    private ModelsCommand parent;

    @Parameters(paramLabel = "NAME", description = "A model from 'warta models list'.")
    private String name;

    @Override
    public Integer call() {
        ModelStore store = parent.store();
        ModelsCommand.preset(store, name, spec.commandLine());
        PrintWriter err = spec.commandLine().getErr();
        boolean removed = store.remove(name);
        err.println(
                removed
                        ? "warta: removed " + name + " from " + store.dir()
                        : "warta: the model " + name + " is not downloaded");
        err.flush();
        return removed ? ExitCodes.OK : ExitCodes.FAILURE;
    }
}

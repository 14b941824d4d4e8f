package warta.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import warta.core.model.embedded.store.ModelCatalog;
import warta.core.model.embedded.store.ModelPreset;
import warta.core.model.embedded.store.ModelStore;

/**
 * {@code warta models}: the GGUF models of the embedded provider, in the cache folder
 * ({@code WARTA_MODELS_DIR}, else {@code $XDG_CACHE_HOME/warta/models}); the catalogue is
 * Warta's own or the file {@code WARTA_MODEL_CATALOG} names. The work is done by the subcommands.
 */
@Command(
        name = "models",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = {
            "List, download and remove the GGUF models of the embedded provider.",
            "Models are kept in $WARTA_MODELS_DIR, else $XDG_CACHE_HOME/warta/models, else ~/.cache/warta/models."
        },
        subcommands = {
            ModelsListCommand.class,
            ModelsPullCommand.class,
            ModelsRemoveCommand.class,
            ModelsPathCommand.class
        },
        footer = {
            "",
            "Exit codes: 0 ok, 1 failure (a download failed, a model is not downloaded), 2 usage (an unknown model)."
        })
final class ModelsCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @ParentCommand
    private WartaCommand parent;

    @Override
    public void run() {
        throw new ParameterException(
                spec.commandLine(), "Missing command: try 'warta models list' or 'warta models --help'");
    }

    CliContext context() {
        return parent.context();
    }

    /** The store the command's environment describes; reads nothing yet. */
    ModelStore store() {
        return ModelStore.forEnvironment(context().env());
    }

    /** The preset called {@code name}; an unknown one is a usage error that lists the known ones. */
    static ModelPreset preset(ModelStore store, String name, CommandLine cmd) {
        ModelCatalog catalog = store.catalog();
        return catalog.find(name)
                .orElseThrow(() -> new ParameterException(
                        cmd, "unknown model " + name + ": use one of " + String.join(", ", catalog.names())));
    }
}

package warta.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import warta.core.model.embedded.store.Bytes;
import warta.core.model.embedded.store.ModelPreset;
import warta.core.model.embedded.store.ModelStatus;
import warta.core.model.embedded.store.ModelStore;

/**
 * {@code warta models pull NAME}: downloads a model into the cache, saying first what and how big;
 * progress on stderr (a bar on a terminal, a line every 10% otherwise); the file's path on stdout.
 * An interrupted pull goes on where it stopped when run again.
 */
@Command(
        name = "pull",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = {
            "Download a model into the models folder; run it again to resume an interrupted download.",
            "Checks the file against its SHA-256; prints its path on stdout."
        })
final class ModelsPullCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @ParentCommand
    private ModelsCommand parent;

    @Parameters(paramLabel = "NAME", description = "A model from 'warta models list'.")
    private String name;

    @Option(
            names = {"-q", "--quiet"},
            description = "No progress on stderr.")
    private boolean quiet;

    @Option(
            names = "--accept-terms",
            description = {
                "Accept the model's terms of use (shown by 'warta models list' and in the message without it);",
                "needed for a model whose license asks for it, such as Gemma's."
            })
    private boolean acceptTerms;

    @Option(
            names = {"-v", "--verbose"},
            description = "Print stack traces of errors.")
    private boolean verbose;

    @Override
    public Integer call() {
        ModelStore store = parent.store();
        ModelPreset preset = ModelsCommand.preset(store, name, spec.commandLine());
        ModelStatus status = store.status(name);
        PrintWriter err = spec.commandLine().getErr();
        if (status.installed()) {
            err.println("warta: " + name + " is already downloaded");
        } else {
            store.checkTerms(preset, acceptTerms);
            err.println("warta: downloading " + name + " (" + preset.sizeText() + ", " + license(store, preset)
                    + ") from "
                    + preset.url().getHost() + " to " + store.dir()
                    + (status.partialBytes() > 0 ? "; resuming after " + Bytes.format(status.partialBytes()) : ""));
        }
        err.flush();
        Path path;
        try (ModelsPullProgress progress =
                ModelsPullProgress.of(err, name, parent.context().stderrIsTerminal(), quiet)) {
            path = store.pull(name, progress, acceptTerms);
        }
        spec.commandLine().getOut().println(path.toAbsolutePath());
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }

    private String license(ModelStore store, ModelPreset preset) {
        if (!preset.termsRequired()) {
            return preset.license();
        }
        return preset.license()
                + (acceptTerms || store.termsAccepted(preset) ? ", terms accepted: " : ", terms: ")
                + preset.terms();
    }
}

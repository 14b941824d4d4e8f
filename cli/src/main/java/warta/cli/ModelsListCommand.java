package warta.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import warta.core.model.embedded.store.Bytes;
import warta.core.model.embedded.store.ModelStatus;
import warta.core.model.embedded.store.ModelStore;

/** {@code warta models list}: every preset of the catalogue, with its size, license and whether it is downloaded. */
@Command(
        name = "list",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = "List the models Warta can download: name, size, license, whether it is downloaded, description.")
final class ModelsListCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @ParentCommand
    private ModelsCommand parent;

    @Override
    public Integer call() {
        ModelStore store = parent.store();
        List<ModelStatus> models = store.list();
        String defaultName = store.catalog().defaultPreset().name();
        int nameWidth = Math.max(
                4,
                models.stream().mapToInt(m -> m.preset().name().length()).max().orElse(0));
        String row = "%-" + nameWidth + "s  %-13s  %-11s  %-9s  %s%n";
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, row, "NAME", "SIZE", "LICENSE", "INSTALLED", "DESCRIPTION");
        for (ModelStatus model : models) {
            out.printf(
                    Locale.ROOT,
                    row,
                    model.preset().name(),
                    size(model),
                    model.preset().license(),
                    installed(model),
                    model.preset().description() + (model.preset().name().equals(defaultName) ? " (default)" : ""));
        }
        out.flush();
        return ExitCodes.OK;
    }

    private static String size(ModelStatus model) {
        return model.installed()
                ? Bytes.format(model.bytesOnDisk())
                : model.preset().sizeText();
    }

    private static String installed(ModelStatus model) {
        if (model.installed()) {
            return "yes";
        }
        return model.partialBytes() > 0 ? "partial" : "no";
    }
}

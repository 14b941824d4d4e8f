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
import warta.core.model.embedded.store.ModelPreset;
import warta.core.model.embedded.store.ModelStatus;
import warta.core.model.embedded.store.ModelStore;

/**
 * {@code warta models list}: every preset of the catalogue, with its size, license, whether its terms
 * must be accepted before it is downloaded, context length, whether it is downloaded and a
 * description; a preset with a note of published quality gets it on a line of its own below.
 */
@Command(
        name = "list",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = {
            "List the models Warta can download: name, size, license, whether its terms must be accepted",
            "(TERMS: '-' none, 'must accept', or 'accepted': downloaded, or named in WARTA_ACCEPT_TERMS), context length,",
            "whether it is downloaded, description; below a model, published quality with its source."
        })
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
        String row = "%-" + nameWidth + "s  %-13s  %-11s  %-11s  %-7s  %-9s  %s%n";
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, row, "NAME", "SIZE", "LICENSE", "TERMS", "CONTEXT", "INSTALLED", "DESCRIPTION");
        for (ModelStatus model : models) {
            ModelPreset preset = model.preset();
            out.printf(
                    Locale.ROOT,
                    row,
                    preset.name(),
                    size(model),
                    preset.license(),
                    terms(store, model),
                    context(preset.contextLength()),
                    installed(model),
                    preset.description() + (preset.name().equals(defaultName) ? " (default)" : ""));
            preset.qualityNote().ifPresent(note -> out.println(" ".repeat(nameWidth + 2) + "quality: " + note));
        }
        out.flush();
        return ExitCodes.OK;
    }

    private static String size(ModelStatus model) {
        return model.installed()
                ? Bytes.format(model.bytesOnDisk())
                : model.preset().sizeText();
    }

    /** A downloaded file's terms were accepted when it was pulled (or it was put there by hand). */
    private static String terms(ModelStore store, ModelStatus model) {
        if (!model.preset().termsRequired()) {
            return "-";
        }
        return model.installed() || store.termsAccepted(model.preset()) ? "accepted" : "must accept";
    }

    /** {@code 32K} for 32,768 tokens; a length that is not whole thousands of 1,024 as it is. */
    static String context(int tokens) {
        return tokens % 1024 == 0 ? tokens / 1024 + "K" : Integer.toString(tokens);
    }

    private static String installed(ModelStatus model) {
        if (model.installed()) {
            return "yes";
        }
        return model.partialBytes() > 0 ? "partial" : "no";
    }
}

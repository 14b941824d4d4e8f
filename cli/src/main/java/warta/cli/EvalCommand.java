package warta.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import warta.core.Warta;
import warta.core.error.WartaException;
import warta.core.eval.EvalReport;
import warta.core.eval.EvalSet;
import warta.core.eval.EvalTable;

/**
 * {@code warta eval}: runs one or more models over a reference set through the normal pipeline
 * (core's {@code Warta.evaluator}) and prints their scores side by side. The engines are made as
 * every model-backed command makes them, one per {@code --model} and {@code --config}, so the
 * response cache makes a rerun free. Each engine is closed after its run. A model that cannot be
 * run at all (an unknown name, an unreachable server) gets a failed column with the reason, and
 * the others are still measured and printed (exit 1).
 */
@Command(
        name = "eval",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = {
            "Measure models on a reference set: chrF++, chrF and BLEU of the translations, ROUGE of the summaries,"
                    + " the checks' findings, tokens, requests, cache hits and time, side by side.",
            "FILE is TSV (indonesian<TAB>english per line) or, ending in .jsonl, JSON Lines articles with"
                    + " \"text\" and a reference \"translation\" and/or \"summary\". See docs/eval.md."
        },
        footer = {"", "Exit codes: 0 ok, 1 the set, the provider or some items failed, 2 usage."})
final class EvalCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ParentCommand
    WartaCommand parent;

    @Parameters(paramLabel = "FILE", description = "The reference set: .tsv pairs or .jsonl articles.")
    Path file;

    @Option(
            names = "--model",
            paramLabel = "NAME",
            description = "A model to measure (env WARTA_MODEL); give it more than once to compare models."
                    + " Not with --model-file.")
    List<String> models;

    @Option(
            names = "--config",
            paramLabel = "FILE",
            description = "A config file for one model; give it more than once to compare models (with each --model).")
    List<Path> configs;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            defaultValue = "markdown",
            description = "markdown (a table) or json. Default: ${DEFAULT-VALUE}.")
    String format;

    @Option(
            names = {"-v", "--verbose"},
            description = "Print stack traces of errors.")
    boolean verbose;

    @Mixin
    InputOptions input;

    @Mixin
    ModelOptions modelOptions;

    @Override
    public Integer call() {
        if (!format.equals("markdown") && !format.equals("json")) {
            throw new ParameterException(spec.commandLine(), "--format must be markdown or json, not " + format);
        }
        List<Path> configFiles = configFiles();
        List<String> modelNames = modelNames();
        modelOptions.validate(spec.commandLine(), modelNames.getFirst() != null);
        EvalSet set = EvalSet.read(file);
        List<EvalReport> reports = new ArrayList<>();
        for (Path config : configFiles) {
            for (String model : modelNames) {
                reports.add(measure(set, config, model, configFiles.size() > 1));
            }
        }
        print(set, reports);
        return reportFailures(reports) ? ExitCodes.FAILURE : ExitCodes.OK;
    }

    /** One model's report; a model that cannot be run at all gets a failed report with the reason. */
    private EvalReport measure(EvalSet set, Path config, String model, boolean nameConfig) {
        String label = label(model != null ? model : "configured model", config, nameConfig);
        try (Warta warta = modelOptions.warta(parent.context(), spec.commandLine(), input, err(), model, config)) {
            label = label(model != null ? model : warta.config().model(), config, nameConfig);
            warta.loadModel();
            try (EvalProgress progress =
                    new EvalProgress(err(), parent.context().stderrIsTerminal())) {
                return warta.evaluator(label).run(set, progress);
            }
        } catch (WartaException e) {
            if (verbose) {
                e.printStackTrace(err());
            }
            return EvalReport.failed(label, set.cases().size(), e.getMessage());
        }
    }

    private static String label(String model, Path config, boolean nameConfig) {
        return nameConfig ? model + " (" + config.getFileName() + ")" : model;
    }

    private void print(EvalSet set, List<EvalReport> reports) {
        if (format.equals("json")) {
            out().println(EvalTable.json(set.name(), reports));
        } else {
            out().print(EvalTable.markdown(reports));
        }
        out().flush();
    }

    /** Says on stderr which items failed; returns whether any did. */
    private boolean reportFailures(List<EvalReport> reports) {
        boolean failed = false;
        for (EvalReport report : reports) {
            if (report.failure() != null) {
                failed = true;
                err().println("warta: " + report.label() + ": " + report.failure());
            } else if (report.failed() > 0) {
                failed = true;
                err().println("warta: " + report.label() + ": " + report.failed() + " of " + report.items()
                        + " items failed (scored as empty output)");
                report.errors().forEach(error -> err().println("  " + error));
            }
        }
        err().flush();
        return failed;
    }

    /** The {@code --config} files, each checked to exist; one null (the usual config file) when none is given. */
    private List<Path> configFiles() {
        if (configs == null || configs.isEmpty()) {
            return Arrays.asList((Path) null);
        }
        for (Path config : configs) {
            if (!Files.isRegularFile(config)) {
                throw new ParameterException(spec.commandLine(), "--config: no such file: " + config);
            }
        }
        return configs;
    }

    /** The {@code --model} names; one null (the configured model) when none is given. */
    private List<String> modelNames() {
        return models == null || models.isEmpty() ? Arrays.asList((String) null) : models;
    }

    private PrintWriter out() {
        return spec.commandLine().getOut();
    }

    private PrintWriter err() {
        return spec.commandLine().getErr();
    }
}

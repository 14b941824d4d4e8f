package warta.cli;

import picocli.CommandLine.Option;

/**
 * The single {@code --model} option of the commands that run one model (translate, summarize,
 * process, batch, worker). {@code warta eval} has its own, repeatable one, to compare models.
 */
final class ModelNameOption {

    @Option(
            names = "--model",
            paramLabel = "NAME",
            description = "Model name (env WARTA_MODEL); not with --model-file.")
    String name;
}

package warta.cli;

import java.time.Duration;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import warta.core.read.ReadOptions;

/** How inputs are read, shared by every command that reads articles. */
final class InputOptions {

    @Option(
            names = "--max-bytes",
            paramLabel = "BYTES",
            defaultValue = "" + ReadOptions.DEFAULT_MAX_BYTES,
            description = "Refuse inputs larger than this. Default: ${DEFAULT-VALUE} (2 MB).")
    long maxBytes;

    @Option(
            names = "--fetch-timeout",
            paramLabel = "SECONDS",
            defaultValue = "20",
            description = "Time limit for fetching a URL input. Default: ${DEFAULT-VALUE}.")
    int fetchTimeoutSeconds;

    /** The read options, or a usage error naming the bad option. */
    ReadOptions readOptions(CommandLine commandLine) {
        if (maxBytes < 1 || maxBytes > ReadOptions.MAX_LIMIT) {
            throw new ParameterException(commandLine, "--max-bytes must be between 1 and " + ReadOptions.MAX_LIMIT);
        }
        if (fetchTimeoutSeconds < 1) {
            throw new ParameterException(commandLine, "--fetch-timeout must be at least 1 second");
        }
        return ReadOptions.defaults().withMaxBytes(maxBytes).withTimeout(Duration.ofSeconds(fetchTimeoutSeconds));
    }
}
